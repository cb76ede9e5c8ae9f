import { describe, expect, it } from "vitest";
import type { LambdaServices, ServiceRequest } from "@/lib/gateway/runtime";
import { createHarness, payloadOf } from "./runtime-harness";

/** A fake of the simulated services: records calls and answers from a table of handlers. */
function fakeServices(
  answer: (request: ServiceRequest) => unknown,
): LambdaServices & { calls: ServiceRequest[] } {
  const calls: ServiceRequest[] = [];
  return {
    calls,
    call(request) {
      calls.push(request);
      return answer(request);
    },
  };
}

class FakeServiceError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly statusCode = 400,
    readonly fields: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

describe("AWS SDK clients inside the sandbox", () => {
  it("sends `client.send(new PutItemCommand(input))` to services.call('dynamodb', 'PutItem', input) with the caller", async () => {
    const services = fakeServices(() => ({}));
    const h = await createHarness({ services });
    h.deploy(
      `import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
      const client = new DynamoDBClient({});
      export const handler = async (event) => {
        const out = await client.send(new PutItemCommand({ TableName: "pets", Item: { id: { S: event.id } } }));
        return out.$metadata.httpStatusCode;
      };`,
      { functionName: "writer" },
    );
    const result = await h.runtime.invoke("writer", JSON.stringify({ id: "p1" }), { requestId: "r-1" });
    expect(result.payload).toBe("200");
    expect(services.calls).toEqual([
      {
        service: "dynamodb",
        operation: "PutItem",
        input: { TableName: "pets", Item: { id: { S: "p1" } } },
        caller: { functionName: "writer", region: "us-east-1", accountId: "123456789012", requestId: "r-1" },
      },
    ]);
  });

  it("resolves with the service's output plus $metadata", async () => {
    const services = fakeServices(() => ({ Item: { id: { S: "p1" }, age: { N: "3" } } }));
    const h = await createHarness({ services });
    h.deploy(
      `const { DynamoDBClient, GetItemCommand } = require("@aws-sdk/client-dynamodb");
      exports.handler = async () => new DynamoDBClient({ region: "us-east-1" }).send(new GetItemCommand({ TableName: "t", Key: {} }));`,
    );
    const output = payloadOf(await h.invoke()) as { Item: unknown; $metadata: Record<string, unknown> };
    expect(output.Item).toEqual({ id: { S: "p1" }, age: { N: "3" } });
    expect(output.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1, totalRetryDelay: 0 });
    expect(output.$metadata.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("rejects with an SDK error carrying the service's error name, $fault, $metadata and fields", async () => {
    const services = fakeServices(() => {
      throw new FakeServiceError("ConditionalCheckFailedException", "The conditional request failed", 400, {
        Item: { id: { S: "p1" } },
      });
    });
    const h = await createHarness({ services });
    h.deploy(
      `import { DynamoDBClient, PutItemCommand } from "@aws-sdk/client-dynamodb";
      export const handler = async () => {
        try { await new DynamoDBClient({}).send(new PutItemCommand({ TableName: "t", Item: {} })); }
        catch (e) { return { name: e.name, message: e.message, fault: e.$fault, status: e.$metadata.httpStatusCode, item: e.Item, isError: e instanceof Error }; }
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual({
      name: "ConditionalCheckFailedException",
      message: "The conditional request failed",
      fault: "client",
      status: 400,
      item: { id: { S: "p1" } },
      isError: true,
    });
  });

  it("marshalls DynamoDBDocumentClient inputs and unmarshalls its outputs", async () => {
    const services = fakeServices((request) =>
      request.operation === "GetItem"
        ? {
            Item: {
              id: { S: "p1" },
              tags: { SS: ["a", "b"] },
              age: { N: "3" },
              meta: { M: { ok: { BOOL: true } } },
            },
          }
        : {},
    );
    const h = await createHarness({ services });
    h.deploy(
      `import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
      import { DynamoDBDocumentClient, PutCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
      const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
      export const handler = async () => {
        await doc.send(new PutCommand({ TableName: "pets", Item: { id: "p1", age: 3, tags: new Set(["a"]), gone: undefined, list: [1, "x", null] } }));
        const { Item } = await doc.send(new GetCommand({ TableName: "pets", Key: { id: "p1" } }));
        return { age: Item.age, tags: [...Item.tags], ok: Item.meta.ok };
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual({ age: 3, tags: ["a", "b"], ok: true });
    expect(services.calls.map((c) => [c.operation, c.input])).toEqual([
      [
        "PutItem",
        {
          TableName: "pets",
          Item: {
            id: { S: "p1" },
            age: { N: "3" },
            tags: { SS: ["a"] },
            list: { L: [{ N: "1" }, { S: "x" }, { NULL: true }] },
          },
        },
      ],
      ["GetItem", { TableName: "pets", Key: { id: { S: "p1" } } }],
    ]);
  });

  it("sends SQS, SNS and Step Functions commands to their endpoint prefixes", async () => {
    const services = fakeServices((request) => ({ via: request.service }));
    const h = await createHarness({ services });
    h.deploy(
      `const { SQSClient, SendMessageCommand } = require("@aws-sdk/client-sqs");
      const { SNSClient, PublishCommand } = require("@aws-sdk/client-sns");
      const { SFNClient, StartExecutionCommand } = require("@aws-sdk/client-sfn");
      exports.handler = async () => Promise.all([
        new SQSClient({}).send(new SendMessageCommand({ QueueUrl: "q", MessageBody: "m" })),
        new SNSClient({}).send(new PublishCommand({ TopicArn: "t", Message: "m" })),
        new SFNClient({}).send(new StartExecutionCommand({ stateMachineArn: "s", input: "{}" })),
      ]).then((outs) => outs.map((o) => o.via));`,
    );
    expect(payloadOf(await h.invoke())).toEqual(["sqs", "sns", "states"]);
    expect(services.calls.map((c) => c.operation)).toEqual(["SendMessage", "Publish", "StartExecution"]);
  });

  it("supports the aggregated client (`new DynamoDB({}).putItem(input)`) and Node-style callbacks on send", async () => {
    const services = fakeServices(() => ({ ok: 1 }));
    const h = await createHarness({ services });
    h.deploy(
      `import { DynamoDB, DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
      export const handler = async () => {
        const viaAggregate = await new DynamoDB({}).putItem({ TableName: "t", Item: {} });
        const viaCallback = await new Promise((resolve, reject) =>
          new DynamoDBClient({}).send(new ScanCommand({ TableName: "t" }), (err, data) => (err ? reject(err) : resolve(data))));
        return [viaAggregate.ok, viaCallback.ok];
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual([1, 1]);
    expect(services.calls.map((c) => c.operation)).toEqual(["PutItem", "Scan"]);
  });

  it("waits for an asynchronous service without advancing virtual time", async () => {
    const services = fakeServices(
      () => new Promise((resolve) => setTimeout(() => resolve({ late: true }), 20)),
    );
    const h = await createHarness({ services });
    h.deploy(
      `import { SQSClient, ReceiveMessageCommand } from "@aws-sdk/client-sqs";
      export const handler = async () => (await new SQSClient({}).send(new ReceiveMessageCommand({ QueueUrl: "q" }))).late;`,
    );
    const result = await h.invoke();
    expect(result.payload).toBe("true");
    expect(result.durationMs).toBe(0);
  });

  it("rejects with UnknownEndpoint when no services are connected", async () => {
    const h = await createHarness();
    h.deploy(
      `import { SNSClient, PublishCommand } from "@aws-sdk/client-sns";
      export const handler = async () => { try { await new SNSClient({}).send(new PublishCommand({})); } catch (e) { return [e.name, e.message, e.$fault]; } };`,
    );
    expect(payloadOf(await h.invoke())).toEqual([
      "UnknownEndpoint",
      "No simulated sns service is connected to this Lambda runtime.",
      "server",
    ]);
  });

  it("completes a call the handler did not await in the next invocation, as a frozen environment would", async () => {
    let release: (value: unknown) => void = () => {};
    const services = fakeServices(() => new Promise((resolve) => (release = resolve)));
    const h = await createHarness({ services });
    h.deploy(
      `import { SQSClient, SendMessageCommand } from "@aws-sdk/client-sqs";
      let delivered = "no";
      export const handler = async (e) => {
        if (e.send) new SQSClient({}).send(new SendMessageCommand({ QueueUrl: "q", MessageBody: "x" })).then(() => (delivered = "yes"));
        return delivered;
      };`,
    );
    expect((await h.invoke("fn", { send: true })).payload).toBe('"no"');
    release({});
    await new Promise((resolve) => setTimeout(resolve, 0));
    h.clock.advance(1000);
    // The result is handed over when the environment runs again; the handler answers before it is processed.
    expect((await h.invoke()).payload).toBe('"no"');
    h.clock.advance(1000);
    expect((await h.invoke()).payload).toBe('"yes"');
  });

  it("exposes util-dynamodb's marshall and unmarshall", async () => {
    const h = await createHarness();
    h.deploy(
      `const { marshall, unmarshall } = require("@aws-sdk/util-dynamodb");
      exports.handler = async () => [marshall({ a: 1, b: [true], c: { d: "x" } }), unmarshall({ n: { N: "12" }, s: { S: "y" } })];`,
    );
    expect(payloadOf(await h.invoke())).toEqual([
      { a: { N: "1" }, b: { L: [{ BOOL: true }] }, c: { M: { d: { S: "x" } } } },
      { n: 12, s: "y" },
    ]);
  });
});
