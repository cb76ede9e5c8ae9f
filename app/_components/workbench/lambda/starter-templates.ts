/**
 * Starter code for a new function: single-file ES modules for the simulator's Node.js runtime, which bundles
 * only the AWS SDK v3 shims listed in lib/gateway/runtime/builtin-modules.ts (no `Buffer`, no `fetch`).
 * Proxy-shaped answers follow the Lambda proxy integration's output format; authorizers return an IAM policy.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */

export interface StarterTemplate {
  id: string;
  label: string;
  description: string;
  code: string;
  /** Environment variables the code reads, set when the function is created from the template. */
  environment?: Readonly<Record<string, string>>;
}

const HELLO = `// A Lambda proxy integration answers with statusCode, headers and a string body.
export const handler = async (event) => {
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ message: "Hello from Lambda" }),
  };
};
`;

const ECHO = `// Answers with the event it received: see what API Gateway sends a proxy integration.
export const handler = async (event, context) => {
  console.log("Received event:", JSON.stringify(event));
  return {
    statusCode: 200,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ requestId: context.awsRequestId, event }, null, 2),
  };
};
`;

const TOKEN_AUTHORIZER = `// TOKEN authorizer. API Gateway sends { type: "TOKEN", authorizationToken, methodArn }, the token being
// the identity source header (Authorization by default), and expects a principal and an IAM policy.
// Token "allow" -> Allow, "deny" -> Deny (403), anything else -> 401 Unauthorized.
export const handler = async (event) => {
  const token = (event.authorizationToken ?? "").replace(/^Bearer\\s+/i, "");
  if (token === "allow") return toAuthResponse("user-123", "Allow", event.methodArn);
  if (token === "deny") return toAuthResponse("user-123", "Deny", event.methodArn);
  // This exact message makes API Gateway answer 401 Unauthorized.
  throw new Error("Unauthorized");
};

// methodArn is arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}. The policy allows the
// whole stage: a cached policy is reused for the API's other methods, so allowing only methodArn would deny them.
function toAuthResponse(principalId, effect, methodArn) {
  const [apiArn, stage] = methodArn.split("/");
  return {
    principalId,
    policyDocument: {
      Version: "2012-10-17",
      Statement: [{ Action: "execute-api:Invoke", Effect: effect, Resource: \`\${apiArn}/\${stage}/*\` }],
    },
    // Read in mappings as $context.authorizer.plan: strings, numbers or booleans only.
    context: { plan: "gold" },
  };
}
`;

const REQUEST_AUTHORIZER = `// REQUEST authorizer. API Gateway sends the request's headers, query string, path parameters, stage
// variables and requestContext, plus methodArn. Set the identity sources (e.g. method.request.header.x-client-id)
// so that a request missing them is refused with 401 before this function runs.
export const handler = async (event) => {
  const clientId = findHeader(event.headers, "x-client-id");
  if (!clientId) throw new Error("Unauthorized"); // 401
  const effect = clientId === "blocked" ? "Deny" : "Allow";
  const [apiArn, stage] = event.methodArn.split("/");
  return {
    principalId: clientId,
    policyDocument: {
      Version: "2012-10-17",
      Statement: [{ Action: "execute-api:Invoke", Effect: effect, Resource: \`\${apiArn}/\${stage}/*\` }],
    },
    context: { clientId, stage: event.requestContext?.stage ?? stage },
  };
};

// Header names arrive as the client spelled them.
function findHeader(headers, name) {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}
`;

const DYNAMODB_READ = `// GET /items/{id}: reads one item with the DynamoDB document client (@aws-sdk/lib-dynamodb).
// The table (partition key "id", a string) must exist: create it once, e.g. with CreateTableCommand.
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";

// Created once per execution environment, outside the handler, and reused by warm invocations.
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const TABLE_NAME = process.env.TABLE_NAME ?? "items";

export const handler = async (event) => {
  const id = event.pathParameters?.id;
  if (!id) return json(400, { message: "Missing path parameter id" });
  try {
    const { Item } = await documents.send(new GetCommand({ TableName: TABLE_NAME, Key: { id } }));
    return Item ? json(200, Item) : json(404, { message: \`No item with id \${id}\` });
  } catch (error) {
    console.error("GetItem failed:", error.name, error.message);
    if (error.name === "ResourceNotFoundException")
      return json(500, { message: \`Table \${TABLE_NAME} does not exist: create it first\` });
    throw error;
  }
};

function json(statusCode, body) {
  return { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
}
`;

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  { id: "hello", label: "Hello (Lambda proxy)", description: "Answers 200 with a JSON body.", code: HELLO },
  {
    id: "echo",
    label: "Echo the event",
    description: "Answers with the event API Gateway sent.",
    code: ECHO,
  },
  {
    id: "token-authorizer",
    label: "Lambda TOKEN authorizer",
    description: 'Allows the token "allow", denies "deny", 401 otherwise.',
    code: TOKEN_AUTHORIZER,
  },
  {
    id: "request-authorizer",
    label: "Lambda REQUEST authorizer",
    description: 'Allows callers sending an x-client-id header (except "blocked").',
    code: REQUEST_AUTHORIZER,
  },
  {
    id: "dynamodb-read",
    label: "Read from DynamoDB with the AWS SDK",
    description: "GetCommand on the table named by TABLE_NAME, key from the path parameter id.",
    code: DYNAMODB_READ,
    environment: { TABLE_NAME: "items" },
  },
];
