import { describe, expect, it } from "vitest";
import { createHarness, payloadOf } from "./runtime-harness";

describe("handler styles", () => {
  it("returns the JSON of an ES module's `export const handler = async`", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ got: event.n }) });`,
    );
    const result = await h.invoke("fn", { n: 7 });
    expect(result.payload).toBe('{"statusCode":200,"body":"{\\"got\\":7}"}');
    expect(result.functionError).toBeUndefined();
    expect(result.statusCode).toBe(200);
    expect(result.executedVersion).toBe("$LATEST");
  });

  it("runs `export async function handler` and a default-exported module alongside", async () => {
    const h = await createHarness();
    h.deploy(`export default 1;\nexport async function handler(event) { return event.a + 1; }`);
    expect((await h.invoke("fn", { a: 41 })).payload).toBe("42");
  });

  it("runs a CommonJS `exports.handler`", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = async (event) => ({ echo: event });`);
    expect(payloadOf(await h.invoke("fn", { x: [1, 2] }))).toEqual({ echo: { x: [1, 2] } });
  });

  it("runs a CommonJS `module.exports.handler` with `this` and `module` as in Node", async () => {
    const h = await createHarness();
    h.deploy(
      `const self = this;\nmodule.exports.handler = async () => [self === module.exports, typeof __filename, __filename];`,
    );
    expect(payloadOf(await h.invoke())).toEqual([true, "string", "/var/task/index.js"]);
  });

  it("resolves a nested handler path (`index.api.handler`)", async () => {
    const h = await createHarness();
    h.deploy(`exports.api = { handler: async () => "nested" };`, { handler: "index.api.handler" });
    expect((await h.invoke()).payload).toBe('"nested"');
  });

  it("resolves the file part of the handler to the single code file (`app.lambdaHandler`)", async () => {
    const h = await createHarness();
    h.deploy(`export const lambdaHandler = async () => "app";`, { handler: "app.lambdaHandler" });
    expect((await h.invoke()).payload).toBe('"app"');
  });

  it("returns what a callback-style handler passes to `callback(null, result)`", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = (event, context, callback) => { callback(null, { ok: true, n: event.n }); };`,
    );
    expect(payloadOf(await h.invoke("fn", { n: 3 }))).toEqual({ ok: true, n: 3 });
  });

  it("returns null when a non-async handler returns a value without calling the callback (Node runtime rule)", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = (event) => ({ ignored: true });`);
    const result = await h.invoke();
    expect(result.payload).toBe("null");
    expect(result.functionError).toBeUndefined();
  });

  it("returns null for an async handler that resolves undefined", async () => {
    const h = await createHarness();
    h.deploy(`export const handler = async () => {};`);
    expect((await h.invoke()).payload).toBe("null");
  });

  it("answers with `context.succeed(result)`, and only the first answer counts", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = (event, context) => { context.succeed("first"); context.fail(new Error("late")); };`,
    );
    const result = await h.invoke();
    expect(result.payload).toBe('"first"');
    expect(result.functionError).toBeUndefined();
  });

  it("answers with context.done(null, result) and fails with context.fail(error)", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = (event, context) => (event.ok ? context.done(null, { via: "done" }) : context.fail(new Error("nope")));`,
    );
    expect(payloadOf(await h.invoke("fn", { ok: true }))).toEqual({ via: "done" });
    h.clock.advance(1000);
    const failed = await h.invoke("fn", { ok: false });
    expect(failed.functionError).toBe("Unhandled");
    expect(payloadOf(failed)).toMatchObject({ errorType: "Error", errorMessage: "nope" });
  });

  it("loads an AWS SDK client with a dynamic import inside the handler", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => { const sqs = await import("@aws-sdk/client-sqs"); return typeof sqs.SQSClient; };`,
    );
    expect((await h.invoke()).payload).toBe('"function"');
  });

  it("passes a context with Lambda's fields and values", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async (event, context) => ({
        keys: Object.keys(context),
        awsRequestId: context.awsRequestId,
        functionName: context.functionName,
        functionVersion: context.functionVersion,
        invokedFunctionArn: context.invokedFunctionArn,
        memoryLimitInMB: context.memoryLimitInMB,
        logGroupName: context.logGroupName,
        logStreamName: context.logStreamName,
        waits: context.callbackWaitsForEmptyEventLoop,
        remaining: context.getRemainingTimeInMillis(),
      });`,
      { functionName: "orders", memorySize: 256, timeout: 5 },
    );
    const result = await h.runtime.invoke("orders", "{}", {
      requestId: "11111111-2222-4333-8444-555555555555",
    });
    const context = payloadOf(result) as Record<string, unknown>;
    expect(context).toMatchObject({
      keys: [
        "callbackWaitsForEmptyEventLoop",
        "succeed",
        "fail",
        "done",
        "functionVersion",
        "functionName",
        "memoryLimitInMB",
        "logGroupName",
        "logStreamName",
        "clientContext",
        "identity",
        "invokedFunctionArn",
        "awsRequestId",
        "getRemainingTimeInMillis",
      ],
      awsRequestId: "11111111-2222-4333-8444-555555555555",
      functionName: "orders",
      functionVersion: "$LATEST",
      invokedFunctionArn: "arn:aws:lambda:us-east-1:123456789012:function:orders",
      memoryLimitInMB: "256",
      logGroupName: "/aws/lambda/orders",
      waits: true,
      remaining: 5000,
    });
    expect(context.logStreamName).toMatch(/^2026\/01\/01\/\[\$LATEST\][0-9a-f]{32}$/);
    expect(result.requestId).toBe("11111111-2222-4333-8444-555555555555");
  });

  it("lowers getRemainingTimeInMillis as virtual time passes", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async (event, context) => {
        const before = context.getRemainingTimeInMillis();
        await new Promise((resolve) => setTimeout(resolve, 1200));
        return [before, context.getRemainingTimeInMillis()];
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual([3000, 1800]);
  });

  it("defines Lambda's environment variables next to the function's own", async () => {
    const h = await createHarness({ region: "eu-west-1" });
    h.deploy(`exports.handler = async () => process.env;`, {
      environment: { TABLE_NAME: "pets" },
      memorySize: 512,
    });
    const env = payloadOf(await h.invoke()) as Record<string, string>;
    expect(env).toMatchObject({
      TABLE_NAME: "pets",
      AWS_REGION: "eu-west-1",
      AWS_DEFAULT_REGION: "eu-west-1",
      AWS_EXECUTION_ENV: "AWS_Lambda_nodejs20.x",
      AWS_LAMBDA_FUNCTION_NAME: "fn",
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: "512",
      AWS_LAMBDA_FUNCTION_VERSION: "$LATEST",
      AWS_LAMBDA_LOG_GROUP_NAME: "/aws/lambda/fn",
      LAMBDA_TASK_ROOT: "/var/task",
      TZ: ":UTC",
      _HANDLER: "index.handler",
    });
    expect(env.AWS_ACCESS_KEY_ID).toBeUndefined();
  });

  it("runs top-level await of an ES module during Init, on virtual time", async () => {
    const h = await createHarness();
    h.deploy(
      `const config = await new Promise((resolve) => setTimeout(() => resolve({ table: "t1" }), 400));
      export const handler = async () => config;`,
    );
    const result = await h.invoke();
    expect(payloadOf(result)).toEqual({ table: "t1" });
    expect(result.initDurationMs).toBe(550);
  });

  it("gives guest time from the virtual clock, in UTC", async () => {
    const h = await createHarness();
    h.clock.set(Date.UTC(2026, 2, 4, 5, 6, 7, 8));
    h.deploy(
      `exports.handler = async () => [Date.now(), new Date().toISOString(), new Date().toString(), new Date().getHours(),
        new Date(2020, 0, 2).toISOString(), new Date().getTimezoneOffset(), new Date(0).toLocaleString()];`,
    );
    h.clock.set(Date.UTC(2026, 2, 4, 5, 6, 7, 8));
    const [now, iso, text, hours, fromParts, offset, locale] = payloadOf(await h.invoke()) as unknown[];
    // The cold start's modelled 150 ms of runtime bootstrap passes before the handler runs.
    expect(now).toBe(Date.UTC(2026, 2, 4, 5, 6, 7, 158));
    expect(iso).toBe("2026-03-04T05:06:07.158Z");
    expect(text).toBe("Wed Mar 04 2026 05:06:07 GMT+0000 (Coordinated Universal Time)");
    expect(hours).toBe(5);
    expect(fromParts).toBe("2020-01-02T00:00:00.000Z");
    expect(offset).toBe(0);
    expect(locale).toBe("1/1/1970, 12:00:00 AM");
  });

  it("seeds Math.random and crypto.randomUUID from the Random port: the same seed gives the same values", async () => {
    const code = `exports.handler = async () => [Math.random(), Math.random(), crypto.randomUUID(), require("crypto").randomUUID()];`;
    const first = await createHarness();
    first.deploy(code);
    const second = await createHarness();
    second.deploy(code);
    const a = payloadOf(await first.invoke()) as unknown[];
    const b = payloadOf(await second.invoke()) as unknown[];
    expect(a).toEqual(b);
    expect(a[0]).not.toBe(a[1]);
    expect(a[2]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
