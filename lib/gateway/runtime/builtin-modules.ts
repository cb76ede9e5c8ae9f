/**
 * The modules guest code may `import` or `require`: small AWS SDK v3 shims that reach the simulated services,
 * and `crypto` for `randomUUID`. Everything else is missing, as a package that was never bundled is in Lambda.
 * The client table lists the operations of the services the simulator runs (names as in the SDK's commands).
 */
import { AWS_SDK_CLIENT_SOURCE } from "./guest/aws-sdk-client-source";
import { LIB_DYNAMODB_SOURCE } from "./guest/lib-dynamodb-source";
import { UTIL_DYNAMODB_SOURCE } from "./guest/util-dynamodb-source";

export interface AwsSdkClientSpec {
  /** The endpoint prefix the services bridge receives. */
  readonly service: string;
  readonly client: string;
  /** The aggregated client (`new DynamoDB({}).putItem(...)`). */
  readonly aggregate: string;
  readonly commands: readonly string[];
}

export const AWS_SDK_CLIENTS: Readonly<Record<string, AwsSdkClientSpec>> = {
  "@aws-sdk/client-dynamodb": {
    service: "dynamodb",
    client: "DynamoDBClient",
    aggregate: "DynamoDB",
    commands: [
      "BatchGetItem",
      "BatchWriteItem",
      "CreateTable",
      "DeleteItem",
      "DeleteTable",
      "DescribeTable",
      "GetItem",
      "ListTables",
      "PutItem",
      "Query",
      "Scan",
      "TransactGetItems",
      "TransactWriteItems",
      "UpdateItem",
    ],
  },
  "@aws-sdk/client-sqs": {
    service: "sqs",
    client: "SQSClient",
    aggregate: "SQS",
    commands: [
      "ChangeMessageVisibility",
      "CreateQueue",
      "DeleteMessage",
      "DeleteMessageBatch",
      "DeleteQueue",
      "GetQueueAttributes",
      "GetQueueUrl",
      "ListQueues",
      "PurgeQueue",
      "ReceiveMessage",
      "SendMessage",
      "SendMessageBatch",
      "SetQueueAttributes",
    ],
  },
  "@aws-sdk/client-sns": {
    service: "sns",
    client: "SNSClient",
    aggregate: "SNS",
    commands: [
      "CreateTopic",
      "DeleteTopic",
      "GetTopicAttributes",
      "ListSubscriptions",
      "ListSubscriptionsByTopic",
      "ListTopics",
      "Publish",
      "PublishBatch",
      "SetTopicAttributes",
      "Subscribe",
      "Unsubscribe",
    ],
  },
  "@aws-sdk/client-sfn": {
    service: "states",
    client: "SFNClient",
    aggregate: "SFN",
    commands: [
      "CreateStateMachine",
      "DeleteStateMachine",
      "DescribeExecution",
      "DescribeStateMachine",
      "GetExecutionHistory",
      "ListExecutions",
      "ListStateMachines",
      "SendTaskFailure",
      "SendTaskHeartbeat",
      "SendTaskSuccess",
      "StartExecution",
      "StartSyncExecution",
      "StopExecution",
    ],
  },
};

const DOCUMENT_COMMANDS = [
  "Put",
  "Get",
  "Delete",
  "Update",
  "Query",
  "Scan",
  "BatchGet",
  "BatchWrite",
  "TransactGet",
  "TransactWrite",
];
const CRYPTO_EXPORTS = ["randomUUID", "getRandomValues", "randomInt"];

const OTHER_MODULES: Readonly<Record<string, { exports: readonly string[]; body?: string }>> = {
  "@aws-sdk/util-dynamodb": {
    exports: ["marshall", "unmarshall", "convertToAttr", "convertToNative"],
    body: UTIL_DYNAMODB_SOURCE,
  },
  "@aws-sdk/lib-dynamodb": {
    exports: [
      ...DOCUMENT_COMMANDS.map((name) => `${name}Command`),
      "DynamoDBDocumentClient",
      "DynamoDBDocument",
    ],
    body: LIB_DYNAMODB_SOURCE,
  },
  crypto: { exports: CRYPTO_EXPORTS },
  "node:crypto": { exports: CRYPTO_EXPORTS },
};

/** The named exports of a built-in module, or undefined when the name is not one. */
export function listBuiltinExports(name: string): readonly string[] | undefined {
  const client = Object.hasOwn(AWS_SDK_CLIENTS, name) ? AWS_SDK_CLIENTS[name] : undefined;
  if (client !== undefined) {
    return [client.client, ...client.commands.map((c) => `${c}Command`), client.aggregate];
  }
  return Object.hasOwn(OTHER_MODULES, name) ? OTHER_MODULES[name]?.exports : undefined;
}

/** The body the guest evaluates as `new Function("sdk", "require", body)` to build a shim module. */
export function getBuiltinModuleBody(name: string): string | undefined {
  const client = Object.hasOwn(AWS_SDK_CLIENTS, name) ? AWS_SDK_CLIENTS[name] : undefined;
  if (client !== undefined) return AWS_SDK_CLIENT_SOURCE.replace("SPEC", JSON.stringify(client));
  return Object.hasOwn(OTHER_MODULES, name) ? OTHER_MODULES[name]?.body : undefined;
}

/** The ES module text `import` resolves a built-in to: the shared CommonJS-style shim, re-exported by name. */
export function toBuiltinEsmSource(name: string): string | undefined {
  const exportNames = listBuiltinExports(name);
  if (exportNames === undefined) return undefined;
  const lines = exportNames.map((exportName) => `export const ${exportName} = m.${exportName};`);
  return [`const m = __gatewiseBuiltin(${JSON.stringify(name)});`, ...lines, "export default m;"].join("\n");
}
