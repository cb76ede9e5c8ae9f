import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLambdaRuntime, type LambdaRuntime } from "@/lib/gateway/runtime";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createTestSandbox } from "./sandbox";

const lambdaUri = (fn: string) =>
  `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:${fn}/invocations`;

describe("AWS service integrations", () => {
  it("writes and reads DynamoDB items through mapping templates, and maps a condition failure to 400", async () => {
    const sb = await createTestSandbox();
    await sb.services.call("dynamodb", "CreateTable", {
      TableName: "pets",
      KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
      AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
      BillingMode: "PAY_PER_REQUEST",
    });
    const api = sb
      .api()
      .method("/pets/{id}", "PUT", {
        integration: {
          type: "AWS",
          integrationHttpMethod: "POST",
          uri: "arn:aws:apigateway:us-east-1:dynamodb:action/PutItem",
          requestTemplates: {
            "application/json": `{"TableName": "pets", "Item": {"id": {"S": "$input.params('id')"}, "name": {"S": "$input.path('$.name')"}}, "ConditionExpression": "attribute_not_exists(id)"}`,
          },
        },
        responses: {
          "200": {
            selectionPattern: "2\\d\\d",
            responseTemplates: { "application/json": '{"saved": "$input.params(\'id\')"}' },
          },
          "400": { selectionPattern: "4\\d\\d" },
        },
      })
      .method("/pets/{id}", "GET", {
        integration: {
          type: "AWS",
          integrationHttpMethod: "POST",
          uri: "arn:aws:apigateway:us-east-1:dynamodb:action/GetItem",
          requestTemplates: {
            "application/json": `{"TableName": "pets", "Key": {"id": {"S": "$input.params('id')"}}}`,
          },
        },
        responses: {
          "200": { responseTemplates: { "application/json": '{"name": "$input.path(\'$.Item.name.S\')"}' } },
        },
      })
      .deploy("dev");
    const put = await sb.call(api.id, "PUT", "/dev/pets/7", {
      headers: { "Content-Type": "application/json" },
      body: '{"name": "Rex"}',
    });
    expect(put.response.statusCode).toBe(200);
    expect(JSON.parse(put.text)).toEqual({ saved: "7" });
    const again = await sb.call(api.id, "PUT", "/dev/pets/7", {
      headers: { "Content-Type": "application/json" },
      body: '{"name": "Max"}',
    });
    expect(again.response.statusCode).toBe(400);
    expect(JSON.parse(again.text)).toMatchObject({
      __type: "com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException",
    });
    const get = await sb.call(api.id, "GET", "/dev/pets/7");
    expect(JSON.parse(get.text)).toEqual({ name: "Rex" });
  });
});

describe("Lambda integrations with the runtime", () => {
  const clock = new VirtualClock();
  let runtime: LambdaRuntime;
  beforeAll(async () => {
    runtime = await createLambdaRuntime({ clock, random: new SeededRandom(5) });
  });
  afterAll(() => runtime.dispose());
  const lambda = { invoke: (name: string, payload: string) => runtime.invoke(name, payload) };

  it("resolves the function name from a stage variable, per stage", async () => {
    runtime.deployFunction({
      functionName: "blue",
      code: 'export const handler = async () => ({ statusCode: 200, body: "blue" });',
    });
    runtime.deployFunction({
      functionName: "green",
      code: 'export const handler = async () => ({ statusCode: 200, body: "green" });',
    });
    const sb = await createTestSandbox({ clock, lambda });
    const api = sb.api().method("/", "GET", {
      integration: {
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: lambdaUri("${stageVariables.fn}"),
      },
    });
    api.deploy("dev", { fn: "blue" });
    api.deploy("prod", { fn: "green" });
    expect((await sb.call(api.id, "GET", "/dev/")).text).toBe("blue");
    expect((await sb.call(api.id, "GET", "/prod/")).text).toBe("green");
  });

  it("answers 504 when the function runs past the integration timeout, in virtual time", async () => {
    runtime.deployFunction({
      functionName: "slow",
      timeout: 60,
      code: "export const handler = async () => { await new Promise((r) => setTimeout(r, 5000)); return { statusCode: 200, body: 'late' }; };",
    });
    const sb = await createTestSandbox({ clock, lambda });
    const api = sb
      .api()
      .method("/", "GET", {
        integration: {
          type: "AWS_PROXY",
          integrationHttpMethod: "POST",
          uri: lambdaUri("slow"),
          timeoutInMillis: 1000,
        },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/");
    expect(res.response.statusCode).toBe(504);
    expect(res.text).toBe('{"message":"Endpoint request timed out"}');
  });

  it("refuses a Lambda request payload over 6 MB with 413 Request Too Long (REC body with a space)", async () => {
    runtime.deployFunction({
      functionName: "sink",
      code: 'export const handler = async () => ({ statusCode: 200, body: "ok" });',
    });
    const sb = await createTestSandbox({ clock, lambda });
    const api = sb
      .api()
      .method("/", "POST", {
        integration: { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("sink") },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "POST", "/dev/", { body: "x".repeat(6 * 1024 * 1024) });
    expect(res.response.statusCode).toBe(413);
    expect(res.text).toBe('{"message": "Request Too Long"}');
  });

  it("turns a function error into 502 on a proxy integration", async () => {
    runtime.deployFunction({
      functionName: "boom",
      code: 'export const handler = async () => { throw new Error("nope"); };',
    });
    const sb = await createTestSandbox({ clock, lambda });
    const api = sb
      .api()
      .method("/", "GET", {
        integration: { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("boom") },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/");
    expect(res.response.statusCode).toBe(502);
    expect(res.text).toBe('{"message": "Internal server error"}');
  });
});

describe("limits and throttling through the whole pipeline", () => {
  const MOCK = { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } };

  it("answers 429 Too Many Requests with TooManyRequestsException once the stage bucket is empty", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/", "GET", { integration: MOCK, responses: { "200": {} } })
      .deploy("dev");
    sb.cp.updateStage({
      restApiId: api.id,
      stageName: "dev",
      patchOperations: [
        { op: "replace", path: "/*/*/throttling/rateLimit", value: "1" },
        { op: "replace", path: "/*/*/throttling/burstLimit", value: "1" },
      ],
    });
    expect((await sb.call(api.id, "GET", "/dev/")).response.statusCode).toBe(200);
    const limited = await sb.call(api.id, "GET", "/dev/");
    expect(limited.response.statusCode).toBe(429);
    expect(limited.text).toBe('{"message":"Too Many Requests"}');
    expect(limited.header("x-amzn-ErrorType")).toBe("TooManyRequestsException");
    sb.clock.advance(1000);
    expect((await sb.call(api.id, "GET", "/dev/")).response.statusCode).toBe(200);
  });

  it("refuses headers over 10,240 bytes with 413", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/", "GET", { integration: MOCK, responses: { "200": {} } })
      .deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/", { headers: { "x-big": "y".repeat(10_300) } });
    expect(res.response.statusCode).toBe(413);
  });

  it("answers 504 when an HTTP backend is slower than the integration timeout", async () => {
    const sb = await createTestSandbox();
    sb.backends.defineScriptedBackend({
      name: "slow",
      rules: [{ respond: { status: 200, body: { ok: true }, delayMs: 3000 } }],
    });
    const api = sb
      .api()
      .method("/", "GET", {
        integration: {
          type: "HTTP_PROXY",
          integrationHttpMethod: "GET",
          uri: "http://slow.mock.sandbox.internal/",
          timeoutInMillis: 2000,
        },
      })
      .deploy("dev");
    const res = await sb.call(api.id, "GET", "/dev/");
    expect(res.response.statusCode).toBe(504);
    expect(res.errorType).toBe("INTEGRATION_TIMEOUT");
  });

  it("empties the stage cache on FlushStageCache", async () => {
    const sb = await createTestSandbox();
    const api = sb
      .api()
      .method("/t", "GET", {
        integration: MOCK,
        responses: {
          "200": { responseTemplates: { "application/json": '{"t": $context.requestTimeEpoch}' } },
        },
      })
      .deploy("dev");
    sb.cp.updateStage({
      restApiId: api.id,
      stageName: "dev",
      patchOperations: [
        { op: "replace", path: "/cacheClusterEnabled", value: "true" },
        { op: "replace", path: "/*/*/caching/enabled", value: "true" },
      ],
    });
    await sb.call(api.id, "GET", "/dev/t");
    expect((await sb.call(api.id, "GET", "/dev/t")).cacheHit).toBe(true);
    sb.cp.flushStageCache({ restApiId: api.id, stageName: "dev" });
    expect((await sb.call(api.id, "GET", "/dev/t")).cacheHit).toBe(false);
  });
});

describe("Lambda code calling simulated services", () => {
  it("writes to DynamoDB with the AWS SDK v3 client from inside a function", async () => {
    const sb = await createTestSandbox({ withLambdaRuntime: true });
    try {
      await sb.services.call("dynamodb", "CreateTable", {
        TableName: "visits",
        KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
        BillingMode: "PAY_PER_REQUEST",
      });
      sb.lambdaRuntime!.deployFunction({
        functionName: "count",
        code: `
          import { DynamoDBClient, UpdateItemCommand } from "@aws-sdk/client-dynamodb";
          const db = new DynamoDBClient({});
          export const handler = async (event) => {
            const out = await db.send(new UpdateItemCommand({
              TableName: "visits", Key: { id: { S: event.pathParameters.page } },
              UpdateExpression: "ADD hits :one", ExpressionAttributeValues: { ":one": { N: "1" } }, ReturnValues: "ALL_NEW",
            }));
            return { statusCode: 200, body: JSON.stringify({ hits: Number(out.Attributes.hits.N) }) };
          };`,
      });
      const api = sb
        .api()
        .method("/pages/{page}", "GET", {
          integration: { type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri("count") },
        })
        .deploy("dev");
      await sb.call(api.id, "GET", "/dev/pages/home");
      const second = await sb.call(api.id, "GET", "/dev/pages/home");
      expect(JSON.parse(second.text)).toEqual({ hits: 2 });
      expect(sb.services.inspect.listItems("visits")).toEqual([{ id: { S: "home" }, hits: { N: "2" } }]);
    } finally {
      sb.dispose();
    }
  });
});
