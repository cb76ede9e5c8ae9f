import { beforeEach, describe, expect, it } from "vitest";
import { createLambdaApiHarness, type LambdaApiHarness } from "./lambda-api-harness";

let h: LambdaApiHarness;
beforeEach(async () => {
  h = await createLambdaApiHarness();
  await h.create("echo", {
    "index.mjs": [
      "export const handler = async (event) => {",
      "  if (event.fail) throw new TypeError('boom');",
      "  for (let i = 0; i < (event.lines ?? 0); i++) console.log('line ' + i + ' ' + 'x'.repeat(80));",
      "  return { got: event };",
      "};",
    ].join("\n"),
  });
});

const decodeLog = (logResult: unknown) => Buffer.from(String(logResult), "base64").toString("utf8");

describe("Invoke, RequestResponse", () => {
  it("answers 200 with the function's result and ExecutedVersion $LATEST, and no log without LogType Tail", async () => {
    const out = await h.invoke("echo", { a: 1 });
    expect(out).toEqual({ StatusCode: 200, ExecutedVersion: "$LATEST", Payload: { got: { a: 1 } } });
  });

  it("answers 200 with FunctionError Unhandled and the error document when the function throws", async () => {
    const out = await h.invoke("echo", { fail: true });
    expect(out.StatusCode).toBe(200);
    expect(out.FunctionError).toBe("Unhandled");
    expect(out.Payload).toMatchObject({ errorType: "TypeError", errorMessage: "boom" });
  });

  it("returns the base64 log of the invocation with LogType Tail, START to REPORT, cold start included", async () => {
    const out = await h.invoke("echo", {}, { LogType: "Tail" });
    const log = decodeLog(out.LogResult);
    expect(log).toMatch(/^START RequestId: [0-9a-f-]{36} Version: \$LATEST\n/);
    expect(log).toMatch(/\nEND RequestId: [0-9a-f-]{36}\nREPORT RequestId: [^\n]*Init Duration: [^\n]*\n$/);
  });

  it("keeps only the last 4 KB of a longer log", async () => {
    const out = await h.invoke("echo", { lines: 100 }, { LogType: "Tail" });
    const bytes = Buffer.from(String(out.LogResult), "base64");
    expect(bytes.length).toBe(4096);
    expect(bytes.toString("utf8")).toMatch(/line 99 x{80}\n/);
    expect(bytes.toString("utf8")).not.toContain("START RequestId");
  });

  it("takes the payload as bytes too", async () => {
    const out = await h.call("Invoke", {
      FunctionName: "echo",
      Payload: new TextEncoder().encode('{"b":2}'),
    });
    expect(JSON.parse(String(out.Payload))).toEqual({ got: { b: 2 } });
  });

  it("answers 413 RequestEntityTooLargeException for a payload over 6 MB", async () => {
    const payload = JSON.stringify({ big: "x".repeat(6_291_456) });
    const error = await h.fail("Invoke", { FunctionName: "echo", Payload: payload });
    expect([error.name, error.statusCode, error.message]).toEqual([
      "RequestEntityTooLargeException",
      413,
      "Request must be smaller than 6291456 bytes for the InvokeFunction operation",
    ]);
  });

  it("answers 400 InvalidRequestContentException for a payload that is not JSON", async () => {
    const error = await h.fail("Invoke", { FunctionName: "echo", Payload: "{nope" });
    expect(error.name).toBe("InvalidRequestContentException");
    expect(error.message).toMatch(/^Could not parse request body into json: /);
  });

  it("answers 404 Function not found for an unknown function or a version other than $LATEST", async () => {
    const missing = await h.fail("Invoke", { FunctionName: "nope" });
    expect([missing.name, missing.statusCode, missing.message]).toEqual([
      "ResourceNotFoundException",
      404,
      "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope",
    ]);
    const version = await h.fail("Invoke", { FunctionName: "echo", Qualifier: "1" });
    expect(version.message).toBe("Function not found: arn:aws:lambda:us-east-1:123456789012:function:echo:1");
    expect((await h.invoke("echo", {}, { Qualifier: "$LATEST" })).StatusCode).toBe(200);
  });

  it("refuses an unknown InvocationType or LogType with a ValidationException", async () => {
    const error = await h.fail("Invoke", { FunctionName: "echo", InvocationType: "Sync" });
    expect(error.message).toBe(
      "1 validation error detected: Value 'Sync' at 'invocationType' failed to satisfy constraint: " +
        "Member must satisfy enum value set: [Event, RequestResponse, DryRun]",
    );
    expect((await h.fail("Invoke", { FunctionName: "echo", LogType: "All" })).name).toBe(
      "ValidationException",
    );
  });
});

describe("Invoke, Event and DryRun", () => {
  it("answers 202 at once for Event and runs the function in the background", async () => {
    const out = await h.call("Invoke", { FunctionName: "echo", InvocationType: "Event", Payload: '{"e":1}' });
    expect(out).toEqual({ StatusCode: 202, Payload: "" });
    await waitFor(() => h.sandbox.lambdaRuntime!.logs("echo").some((e) => e.message.startsWith("REPORT")));
    expect(h.sandbox.lambdaRuntime!.stats("echo").coldStarts).toBe(1);
  });

  it("refuses an Event payload over 1 MB with Lambda's Event wording", async () => {
    const payload = JSON.stringify({ big: "x".repeat(1_048_576) });
    const error = await h.fail("Invoke", { FunctionName: "echo", InvocationType: "Event", Payload: payload });
    expect([error.name, error.statusCode, error.message]).toEqual([
      "RequestEntityTooLargeException",
      413,
      `${payload.length} byte payload is too large for the Event invocation type (limit 1048576 bytes)`,
    ]);
  });

  it("answers 204 for DryRun without running the function", async () => {
    const out = await h.call("Invoke", { FunctionName: "echo", InvocationType: "DryRun" });
    expect(out).toEqual({ StatusCode: 204, Payload: "" });
    expect(h.sandbox.lambdaRuntime!.stats("echo").coldStarts).toBe(0);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error("condition never held");
}
