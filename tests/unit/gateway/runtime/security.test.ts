import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { loadLambdaSandbox } from "@/lib/gateway/runtime";
import { createHarness, payloadOf } from "./runtime-harness";

const realNow = (): number => performance.now();

describe("isolation from the host", () => {
  it("shows guest code no host global: no require in ES modules, no fetch, a process without exit/binding/memoryUsage", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => ({
        require: typeof require, module: typeof module, fetch: typeof fetch, Buffer: typeof Buffer,
        WebAssembly: typeof WebAssembly, XMLHttpRequest: typeof XMLHttpRequest, std: typeof std, os: typeof os,
        exit: typeof process.exit, binding: typeof process.binding, memoryUsage: typeof process.memoryUsage,
        mainModule: typeof process.mainModule, path: process.env.PATH, hostGlobals: typeof globalThis.__vitest_worker__,
      });`,
    );
    expect(payloadOf(await h.invoke())).toEqual({
      require: "undefined",
      module: "undefined",
      fetch: "undefined",
      Buffer: "undefined",
      WebAssembly: "undefined",
      XMLHttpRequest: "undefined",
      std: "undefined",
      os: "undefined",
      exit: "undefined",
      binding: "undefined",
      memoryUsage: "undefined",
      mainModule: "undefined",
      path: "/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin",
      hostGlobals: "undefined",
    });
  });

  it("keeps constructor chains inside the sandbox: Function('return this')() is the guest's own global", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = async (event, context) => {
        const viaContext = context.getRemainingTimeInMillis.constructor("return this")();
        const viaConsole = console.log.constructor.constructor("return globalThis")();
        return [viaContext === globalThis, viaConsole === globalThis, typeof viaContext.process.exit, Object.keys(viaContext).includes("__gatewiseBuiltin")];
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual([true, true, "undefined", false]);
  });

  it("rejects dynamic import() of host modules", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => {
        const results = [];
        for (const name of ["node:fs", "fs", "child_process", "node:child_process", "vitest", "/work/main/package.json"]) {
          try { await import(name); results.push("loaded " + name); } catch (e) { results.push(e.message); }
        }
        return results;
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual([
      "Cannot find package 'node:fs' imported from /var/task/index.mjs",
      "Cannot find package 'fs' imported from /var/task/index.mjs",
      "Cannot find package 'child_process' imported from /var/task/index.mjs",
      "Cannot find package 'node:child_process' imported from /var/task/index.mjs",
      "Cannot find package 'vitest' imported from /var/task/index.mjs",
      "Cannot find module '/work/main/package.json' imported from /var/task/index.mjs",
    ]);
  });

  it("keeps guest prototype pollution inside the sandbox", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = async () => {
        Object.prototype.polluted = 1;
        Array.prototype.push = () => 0;
        JSON.parse = () => ({ hijacked: true });
        return ({}).polluted;
      };`,
    );
    expect((await h.invoke()).payload).toBe("1");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect([1].push(2)).toBe(2);
    expect(JSON.parse('{"a":1}')).toEqual({ a: 1 });
  });

  it("keeps one function's environment invisible to another's", async () => {
    const h = await createHarness();
    h.deploy(`globalThis.secret = "a's secret";\nexports.handler = async () => "a";`, { functionName: "a" });
    h.deploy(`exports.handler = async () => typeof globalThis.secret;`, { functionName: "b" });
    await h.invoke("a");
    expect((await h.invoke("b")).payload).toBe('"undefined"');
  });
});

describe("hostile code", () => {
  it("survives 1,000 hostile invocations in a row (loop, memory bomb, recursion, throw) with host memory back near baseline", async () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const sandbox = await loadLambdaSandbox();
    // Two runtimes on one sandbox: a tight real-time guard keeps the loops and bombs short; recursion needs a few
    // milliseconds of real time to build QuickJS's backtrace, so it gets the default guard.
    const tight = await createHarness({ sandbox, hostNow: realNow, limits: { wallClockMs: 4 } });
    const normal = await createHarness({ sandbox, hostNow: realNow });
    tight.deploy(`export const handler = async () => { while (true) {} };`, { functionName: "loop" });
    tight.deploy(
      `export const handler = async () => { const a = []; while (true) a.push(new Array(1e6)); };`,
      { functionName: "bomb" },
    );
    normal.deploy(`const down = (n) => down(n + 1) + 1;\nexport const handler = async () => down(0);`, {
      functionName: "recursion",
    });
    normal.deploy(`export const handler = async () => { throw new Error("hostile"); };`, {
      functionName: "throw",
    });
    const plan = [
      { harness: tight, name: "loop", error: /Task timed out after 3\.00 seconds/ },
      { harness: tight, name: "bomb", error: /Runtime\.OutOfMemory|Task timed out after 3\.00 seconds/ },
      {
        harness: normal,
        name: "recursion",
        error: /"errorType":"RangeError","errorMessage":"Maximum call stack size exceeded"/,
      },
      { harness: normal, name: "throw", error: /"errorType":"Error","errorMessage":"hostile"/ },
    ];
    const run = async (count: number): Promise<void> => {
      for (let i = 0; i < count; i++) {
        const step = plan[i % plan.length] as (typeof plan)[number];
        step.harness.clock.advance(5_000);
        const result = await step.harness.invoke(step.name);
        expect(result.functionError).toBe("Unhandled");
        expect(result.payload).toMatch(step.error);
      }
    };
    await run(40);
    gc();
    const before = { ...process.memoryUsage(), wasm: sandbox.guard.byteLength };
    const started = realNow();
    await run(1_000);
    const seconds = (realNow() - started) / 1000;
    for (const h of [tight, normal]) h.runtime.reclaimIdleContainers();
    gc();
    const after = { ...process.memoryUsage(), wasm: sandbox.guard.byteLength };
    const mb = (bytes: number): string => (bytes / 1048576).toFixed(1);
    console.info(
      `1,000 hostile invocations in ${seconds.toFixed(2)} s; host heapUsed ${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB, ` +
        `rss ${mb(before.rss)} -> ${mb(after.rss)} MB, sandbox WASM memory ${mb(before.wasm)} -> ${mb(after.wasm)} MB; ` +
        `cold starts ${tight.runtime.stats().coldStarts + normal.runtime.stats().coldStarts}`,
    );
    expect(after.heapUsed - before.heapUsed).toBeLessThan(8 * 1048576);
    expect(after.wasm - before.wasm).toBeLessThan(64 * 1048576);
    const healthy = await createHarness({ sandbox });
    healthy.deploy(`export const handler = async () => "still fine";`);
    expect((await healthy.invoke()).payload).toBe('"still fine"');
  }, 30_000);
});
