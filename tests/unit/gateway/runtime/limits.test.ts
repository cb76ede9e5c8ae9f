import { describe, expect, it } from "vitest";
import { InvalidParameterValueError, loadLambdaSandbox } from "@/lib/gateway/runtime";
import { createHarness, payloadOf } from "./runtime-harness";

const realNow = (): number => performance.now();

describe("timeout", () => {
  it("returns 'Task timed out after 3.00 seconds' and REPORT Status: timeout when a handler outlives the default 3 s", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => { await new Promise((r) => setTimeout(r, 5000)); return "late"; };`,
    );
    const started = realNow();
    const result = await h.invoke();
    expect(realNow() - started).toBeLessThan(1000);
    expect(result.functionError).toBe("Unhandled");
    expect(result.payload).toBe(
      `{"errorMessage":"2026-01-01T00:00:03.150Z ${result.requestId} Task timed out after 3.00 seconds"}`,
    );
    expect(result.durationMs).toBe(3000);
    expect(result.logResult.slice(-3)).toEqual([
      `END RequestId: ${result.requestId}`,
      `REPORT RequestId: ${result.requestId}\tDuration: 3000.00 ms\tBilled Duration: 3150 ms\tMemory Size: 128 MB\t` +
        `Max Memory Used: 1 MB\tInit Duration: 150.00 ms\tStatus: timeout`,
      `2026-01-01T00:00:03.150Z ${result.requestId} Task timed out after 3.00 seconds`,
    ]);
  });

  it("uses the configured timeout (10 s) and answers when the work fits in it", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => { await new Promise((r) => setTimeout(r, 9000)); return "done"; };`,
      {
        timeout: 10,
      },
    );
    const result = await h.invoke();
    expect(result.payload).toBe('"done"');
    expect(result.durationMs).toBe(9000);
  });

  it("discards the environment after a timeout: the next invocation is a cold start", async () => {
    const h = await createHarness();
    h.deploy(
      `let n = 0;\nexport const handler = async (e) => { n++; if (e.hang) await new Promise(() => setInterval(() => {}, 1000)); return n; };`,
    );
    expect(payloadOf(await h.invoke("fn", { hang: true }))).toMatchObject({
      errorMessage: expect.stringContaining("Task timed out"),
    });
    h.clock.advance(10_000);
    const next = await h.invoke();
    expect(next.coldStart).toBe(true);
    expect(next.payload).toBe("1");
  });

  it("stops `while(true){}` at the real-time guard and reports it as Lambda's timeout", async () => {
    const h = await createHarness({ hostNow: realNow, limits: { wallClockMs: 30 } });
    h.deploy(`export const handler = async () => { while (true) {} };`);
    const started = realNow();
    const result = await h.invoke();
    expect(realNow() - started).toBeLessThan(1000);
    // With a real host clock the Init phase's own milliseconds shift the timestamp.
    expect(payloadOf(result)).toEqual({
      errorMessage: expect.stringMatching(
        new RegExp(`^2026-01-01T00:00:03\\.\\d{3}Z ${result.requestId} Task timed out after 3\\.00 seconds$`),
      ),
    });
    expect(result.durationMs).toBe(3000);
    expect(result.logResult.some((line) => line.includes("\tINFO\t") || line.includes("Invoke Error"))).toBe(
      false,
    );
  });

  it("stops `while(true){}` without any real clock, through the interrupt-check budget", async () => {
    const h = await createHarness({ limits: { maxInterruptChecks: 200 } });
    h.deploy(`exports.handler = async () => { for (;;) { Math.sqrt(2); } };`);
    const result = await h.invoke();
    expect(payloadOf(result)).toMatchObject({
      errorMessage: expect.stringMatching(/Task timed out after 3\.00 seconds$/),
    });
  });

  it("stops a guest that catches the interrupt and loops again", async () => {
    const h = await createHarness({ hostNow: realNow, limits: { wallClockMs: 20 } });
    h.deploy(
      `export const handler = async () => { for (;;) { try { while (true) {} } catch (e) { console.log("caught", e); } } };`,
    );
    const result = await h.invoke();
    expect(payloadOf(result)).toMatchObject({ errorMessage: expect.stringContaining("Task timed out") });
    expect(result.logResult.filter((line) => line.includes("caught"))).toEqual([]);
  });

  it("stops microtask recursion (`while(true) await null`) at the deadline", async () => {
    const h = await createHarness({ hostNow: realNow, limits: { wallClockMs: 30 } });
    h.deploy(`export const handler = async () => { for (;;) await null; };`);
    expect(payloadOf(await h.invoke())).toMatchObject({
      errorMessage: expect.stringContaining("Task timed out"),
    });
  });
});

describe("stack", () => {
  it("ends deep recursion with Node's RangeError 'Maximum call stack size exceeded' and keeps the environment", async () => {
    const h = await createHarness();
    h.deploy(
      `function down(n) { return down(n + 1) + 1; }\nexport const handler = async (e) => e.recurse ? down(0) : "ok";`,
    );
    const result = await h.invoke("fn", { recurse: true });
    expect(payloadOf(result)).toMatchObject({
      errorType: "RangeError",
      errorMessage: "Maximum call stack size exceeded",
    });
    h.clock.advance(1000);
    const after = await h.invoke();
    expect(after.payload).toBe('"ok"');
    expect(after.coldStart).toBe(false);
  });

  it("allows ordinary recursion depth (500 frames)", async () => {
    const h = await createHarness();
    h.deploy(
      `const depth = (n) => (n === 0 ? 0 : 1 + depth(n - 1));\nexport const handler = async () => depth(500);`,
    );
    expect((await h.invoke()).payload).toBe("500");
  });
});

describe("memory", () => {
  it("ends a memory bomb with Runtime.OutOfMemory, Max Memory Used at the memory size, and a cold start next", async () => {
    const h = await createHarness({ hostNow: realNow, limits: { wallClockMs: 200 } });
    h.deploy(
      `export const handler = async (e) => { const a = []; while (e.bomb) a.push(new Array(1e5).fill(1)); return "ok"; };`,
    );
    const result = await h.invoke("fn", { bomb: true });
    expect(payloadOf(result)).toEqual({
      errorType: "Runtime.OutOfMemory",
      errorMessage: `RequestId: ${result.requestId} Error: Runtime exited with error: signal: killed`,
    });
    expect(result.maxMemoryUsedMb).toBe(128);
    expect(result.logResult.at(-1)).toMatch(
      /\tMemory Size: 128 MB\tMax Memory Used: 128 MB\tInit Duration: [\d.]+ ms\tStatus: error\tError Type: Runtime\.OutOfMemory$/,
    );
    expect(result.logResult.some((line) => line.includes("Invoke Error"))).toBe(false);
    h.clock.advance(1000);
    expect((await h.invoke()).coldStart).toBe(true);
  });

  it("scales the guest heap with the memory size: 24 MB of array elements fail at 128 MB and fit at 1024 MB", async () => {
    // A sandbox of its own: the transient peak is seen through the module's growth, which reused memory would hide.
    const h = await createHarness({ hostNow: realNow, sandbox: await loadLambdaSandbox() });
    const code = `export const handler = async () => new Array(3e6).fill(0).length;`;
    h.deploy(code, { functionName: "small", memorySize: 128 });
    h.deploy(code, { functionName: "large", memorySize: 1024 });
    const small = await h.invoke("small");
    const large = await h.invoke("large");
    expect(payloadOf(small)).toMatchObject({ errorType: "Runtime.OutOfMemory" });
    expect(large.payload).toBe("3000000");
    expect(large.maxMemoryUsedMb).toBeGreaterThan(128);
  });

  it("reports Max Memory Used from the guest heap, within the memory size", async () => {
    const h = await createHarness();
    h.deploy(`const data = new Array(200000).fill(7);\nexport const handler = async () => data.length;`, {
      memorySize: 512,
    });
    const result = await h.invoke();
    expect(result.maxMemoryUsedMb).toBeGreaterThanOrEqual(13);
    expect(result.maxMemoryUsedMb).toBeLessThan(512);
  });
});

describe("configuration limits", () => {
  it.each([
    [
      { timeout: 0 },
      "Value '0' at 'timeout' failed to satisfy constraint: Member must have value greater than or equal to 1",
    ],
    [
      { timeout: 901 },
      "Value '901' at 'timeout' failed to satisfy constraint: Member must have value less than or equal to 900",
    ],
    [
      { memorySize: 64 },
      "Value '64' at 'memorySize' failed to satisfy constraint: Member must have value greater than or equal to 128",
    ],
    [
      { memorySize: 10_241 },
      "Value '10241' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240",
    ],
  ])("rejects %o with InvalidParameterValueException", async (config, message) => {
    const h = await createHarness();
    expect(() => h.deploy(`exports.handler = async () => 1;`, config)).toThrow(InvalidParameterValueError);
    expect(() => h.deploy(`exports.handler = async () => 1;`, config)).toThrow(
      `1 validation error detected: ${message}`,
    );
  });

  it("refuses reserved environment variable keys", async () => {
    const h = await createHarness();
    expect(() => h.deploy(`exports.handler = async () => 1;`, { environment: { AWS_REGION: "x" } })).toThrow(
      /contains reserved keys that are currently not supported for modification\. Reserved keys used in this request: AWS_REGION$/,
    );
  });
});
