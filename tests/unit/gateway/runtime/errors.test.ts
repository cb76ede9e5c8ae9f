import { describe, expect, it } from "vitest";
import { consoleMessages, createHarness, payloadOf } from "./runtime-harness";

describe("function errors", () => {
  it("returns {errorType, errorMessage, trace} with FunctionError Unhandled when an async handler throws", async () => {
    const h = await createHarness();
    h.deploy(`export const handler = async () => {\n  throw new Error("boom");\n};`);
    const result = await h.invoke();
    expect(result.functionError).toBe("Unhandled");
    expect(result.statusCode).toBe(200);
    // Frames are QuickJS's (its column for a `throw new` is the call's parenthesis), paths are Lambda's.
    const frame = "    at handler (file:///var/task/index.mjs:2:18)";
    expect(payloadOf(result)).toEqual({
      errorType: "Error",
      errorMessage: "boom",
      trace: ["Error: boom", frame],
    });
    expect(consoleMessages(result)).toEqual([
      `Invoke Error \t{"errorType":"Error","errorMessage":"boom","stack":["Error: boom","${frame}"]}`,
    ]);
  });

  it("returns errorType 'string', the message and an empty trace for callback('Unauthorized')", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = (event, context, callback) => callback("Unauthorized");`);
    const result = await h.invoke();
    expect(result.functionError).toBe("Unhandled");
    expect(result.payload).toBe('{"errorType":"string","errorMessage":"Unauthorized","trace":[]}');
    // The runtime logs the string wrapped in an Error, whose stack starts at the learner's callback call.
    expect(consoleMessages(result)[0]).toBe(
      'Invoke Error \t{"errorType":"Error","errorMessage":"Unauthorized","stack":["Error: Unauthorized","    at <anonymous> (/var/task/index.js:1:118)"]}',
    );
  });

  it("returns the Error's shape for callback(new Error(...))", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = (event, context, callback) => callback(new TypeError("bad input"));`);
    const payload = payloadOf(await h.invoke()) as {
      errorType: string;
      errorMessage: string;
      trace: string[];
    };
    expect(payload.errorType).toBe("TypeError");
    expect(payload.errorMessage).toBe("bad input");
    expect(payload.trace[0]).toBe("TypeError: bad input");
  });

  it("keeps a custom error class's name as errorType and its own fields in the log line", async () => {
    const h = await createHarness();
    h.deploy(
      `class ValidationError extends Error {
        constructor(message) { super(message); this.name = "ValidationError"; this.field = "email"; }
      }
      export const handler = async () => { throw new ValidationError("email is required"); };`,
    );
    const result = await h.invoke();
    expect(payloadOf(result)).toMatchObject({
      errorType: "ValidationError",
      errorMessage: "email is required",
    });
    expect(consoleMessages(result)[0]).toMatch(
      /^Invoke Error \t\{"errorType":"ValidationError","errorMessage":"email is required","name":"ValidationError","field":"email","stack":\[/,
    );
  });

  it("returns errorType 'string' and errorMessage 'handled' for Promise.reject() without a reason", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = () => Promise.reject();`);
    expect((await h.invoke()).payload).toBe('{"errorType":"string","errorMessage":"handled","trace":[]}');
  });

  it("returns errorType 'object' for callback({...}) with a plain object", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = (e, c, cb) => cb({ code: 42 });`);
    expect((await h.invoke()).payload).toBe(
      '{"errorType":"object","errorMessage":"[object Object]","trace":[]}',
    );
  });

  it("keeps the environment warm after a handler error", async () => {
    const h = await createHarness();
    h.deploy(
      `let calls = 0;\nexports.handler = async () => { calls++; if (calls === 1) throw new Error("first"); return calls; };`,
    );
    expect((await h.invoke()).functionError).toBe("Unhandled");
    h.clock.advance(1000);
    const second = await h.invoke();
    expect(second.payload).toBe("2");
    expect(second.coldStart).toBe(false);
  });

  it("returns Runtime.NodeJsExit when an async handler's promise never settles and nothing is left to run", async () => {
    const h = await createHarness();
    h.deploy(`export const handler = async () => new Promise(() => {});`);
    const result = await h.invoke();
    expect(payloadOf(result)).toMatchObject({
      errorType: "Runtime.NodeJsExit",
      errorMessage:
        "The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise " +
        "that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes",
    });
  });

  it("fails the invocation and discards the environment when a timer callback throws (uncaught exception)", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = (event, context, callback) => {
        setTimeout(() => { throw new RangeError("tick failed"); }, 100);
        callback(null, "never sent");
      };`,
    );
    const result = await h.invoke();
    expect(payloadOf(result)).toMatchObject({ errorType: "RangeError", errorMessage: "tick failed" });
    expect(result.functionError).toBe("Unhandled");
    expect(consoleMessages(result)[0]).toMatch(/^Uncaught Exception \t\{"errorType":"RangeError"/);
    expect(result.logResult.at(-1)).toMatch(/\tStatus: error\tError Type: Runtime\.ExitError$/);
    expect(h.runtime.stats().containersAlive).toBe(0);
  });
});

describe("init errors", () => {
  it("returns Runtime.UserCodeSyntaxError, an INIT_REPORT line and a cold start next time for a syntax error", async () => {
    const h = await createHarness();
    h.deploy(`export const handler = async () => { return 1 +; };`);
    const result = await h.invoke();
    const payload = payloadOf(result) as { errorType: string; errorMessage: string };
    expect(payload.errorType).toBe("Runtime.UserCodeSyntaxError");
    expect(payload.errorMessage).toMatch(/^SyntaxError: /);
    expect(result.logResult[0]).toMatch(
      /^2026-01-01T00:00:00\.150Z\tundefined\tERROR\tUncaught Exception \t\{"errorType":"Runtime\.UserCodeSyntaxError"/,
    );
    expect(result.logResult[1]).toBe(
      "INIT_REPORT Init Duration: 150.00 ms\tPhase: init\tStatus: error\tError Type: Runtime.UserCodeSyntaxError",
    );
    expect(result.logResult[2]).toBe(`START RequestId: ${result.requestId} Version: $LATEST`);
    expect(result.coldStart).toBe(true);
    expect(h.runtime.stats()).toMatchObject({ coldStarts: 1, containersAlive: 0 });
  });

  it("returns Runtime.HandlerNotFound when the module does not export the handler", async () => {
    const h = await createHarness();
    h.deploy(`export const main = async () => 1;`);
    expect(payloadOf(await h.invoke())).toMatchObject({
      errorType: "Runtime.HandlerNotFound",
      errorMessage: "index.handler is undefined or not exported",
    });
  });

  it("returns Runtime.HandlerNotFound '... is not a function' when the export is not a function", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = { not: "a function" };`);
    expect(payloadOf(await h.invoke())).toMatchObject({
      errorType: "Runtime.HandlerNotFound",
      errorMessage: "index.handler is not a function",
    });
  });

  it("returns Runtime.MalformedHandlerName 'Bad handler' when the handler has no dot", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = async () => 1;`, { handler: "index" });
    expect(payloadOf(await h.invoke())).toMatchObject({
      errorType: "Runtime.MalformedHandlerName",
      errorMessage: "Bad handler",
    });
  });

  it("returns the error top-level code throws, as errorType/errorMessage", async () => {
    const h = await createHarness();
    h.deploy(`throw new Error("missing config");\nexports.handler = async () => 1;`);
    const result = await h.invoke();
    expect(payloadOf(result)).toMatchObject({ errorType: "Error", errorMessage: "missing config" });
    expect(result.logResult).toContain(
      "INIT_REPORT Init Duration: 150.00 ms\tPhase: init\tStatus: error\tError Type: Error",
    );
  });

  it("fails `import fs from 'fs'` as Node fails a missing package", async () => {
    const h = await createHarness();
    h.deploy(`import fs from "fs";\nexport const handler = async () => fs;`);
    const result = await h.invoke();
    expect(payloadOf(result)).toEqual({
      errorType: "Error",
      errorMessage: "Cannot find package 'fs' imported from /var/task/index.mjs",
      trace: ["Error: Cannot find package 'fs' imported from /var/task/index.mjs"],
    });
    expect(consoleMessages(result)[0]).toBe(
      `Uncaught Exception \t{"errorType":"Error","errorMessage":"Cannot find package 'fs' imported from /var/task/index.mjs","code":"ERR_MODULE_NOT_FOUND","stack":["Error: Cannot find package 'fs' imported from /var/task/index.mjs"]}`,
    );
  });

  it("fails `require('child_process')` with Runtime.ImportModuleError: Cannot find module", async () => {
    const h = await createHarness();
    h.deploy(`const { exec } = require("child_process");\nexports.handler = async () => 1;`);
    expect(payloadOf(await h.invoke())).toMatchObject({
      errorType: "Runtime.ImportModuleError",
      errorMessage: "Error: Cannot find module 'child_process'\nRequire stack:\n- /var/task/index.js",
    });
  });

  it("rejects a dynamic `import('http')` inside the handler with Node's not-found message", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => { try { await import("http"); return "loaded"; } catch (e) { return e.message; } };`,
    );
    expect(payloadOf(await h.invoke())).toBe("Cannot find package 'http' imported from /var/task/index.mjs");
  });

  it("fails a relative import with Cannot find module '/var/task/...'", async () => {
    const h = await createHarness();
    h.deploy(`import { helper } from "./lib/helper.mjs";\nexport const handler = async () => helper();`);
    expect(payloadOf(await h.invoke())).toMatchObject({
      errorMessage: "Cannot find module '/var/task/lib/helper.mjs' imported from /var/task/index.mjs",
    });
  });
});
