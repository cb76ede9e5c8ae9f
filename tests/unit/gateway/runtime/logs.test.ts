import { format } from "node:util";
import { describe, expect, it } from "vitest";
import { consoleMessages, createHarness } from "./runtime-harness";

describe("log lines", () => {
  it("writes START, the console lines, END and REPORT for an invocation, as Lambda's text format", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => {
        console.log("hello", { a: 1 });
        await new Promise((r) => setTimeout(r, 1234.5));
        console.error("failed", 42);
        return 1;
      };`,
    );
    h.clock.advance(1000);
    const result = await h.runtime.invoke("fn", "{}", { requestId: "8f5e2a1c-0b7d-4e2f-9a6b-3c1d2e4f5a6b" });
    const id = "8f5e2a1c-0b7d-4e2f-9a6b-3c1d2e4f5a6b";
    expect(result.logResult).toEqual([
      `START RequestId: ${id} Version: $LATEST`,
      `2026-01-01T00:00:01.150Z\t${id}\tINFO\thello { a: 1 }`,
      `2026-01-01T00:00:02.384Z\t${id}\tERROR\tfailed 42`,
      `END RequestId: ${id}`,
      `REPORT RequestId: ${id}\tDuration: 1234.50 ms\tBilled Duration: 1385 ms\tMemory Size: 128 MB\tMax Memory Used: 2 MB\tInit Duration: 150.00 ms`,
    ]);
    expect(result).toMatchObject({
      durationMs: 1234.5,
      billedDurationMs: 1385,
      initDurationMs: 150,
      maxMemoryUsedMb: 2,
    });
  });

  it("bills a warm invocation's duration alone, rounded up to the millisecond, at least 1 ms", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async (e) => { await new Promise((r) => setTimeout(r, e.ms)); return 1; };`,
    );
    await h.invoke("fn", { ms: 0 });
    h.clock.advance(1000);
    expect((await h.invoke("fn", { ms: 0 })).billedDurationMs).toBe(1);
    h.clock.advance(1000);
    const result = await h.invoke("fn", { ms: 20.2 });
    expect(result.billedDurationMs).toBe(21);
    expect(result.logResult.at(-1)).toMatch(/\tDuration: 20\.20 ms\tBilled Duration: 21 ms\t/);
  });

  it("maps console methods to Lambda's levels", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = async () => { console.log("l"); console.info("i"); console.warn("w"); console.error("e"); console.debug("d"); console.trace("t"); };`,
    );
    const levels = (await h.invoke()).logResult
      .filter((line) => line.includes("\tundefined\t") === false && /^\d{4}/.test(line))
      .map((line) => line.split("\t")[2]);
    expect(levels).toEqual(["INFO", "INFO", "WARN", "ERROR", "DEBUG", "TRACE"]);
  });

  it("writes top-level console lines during Init with the request id `undefined`", async () => {
    const h = await createHarness();
    h.deploy(`console.log("loading config");\nexports.handler = async () => 1;`);
    const result = await h.invoke();
    expect(result.logResult[0]).toBe("2026-01-01T00:00:00.150Z\tundefined\tINFO\tloading config");
    expect(result.logResult[1]).toBe(`START RequestId: ${result.requestId} Version: $LATEST`);
  });

  it("keeps a multi-line message as one log event", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = async () => { console.log("line 1\\nline 2"); };`);
    expect(consoleMessages(await h.invoke())).toEqual(["line 1\nline 2"]);
  });

  it("keeps the function's log group across invocations, one log stream per environment", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = async (e) => { console.log("n =", e.n); await new Promise((r) => setTimeout(r, 500)); };`,
    );
    await Promise.all([h.invoke("fn", { n: 1 }), h.invoke("fn", { n: 2 })]);
    const events = h.runtime.logs("fn");
    expect(events.map((e) => e.message.split("\t").at(-1))).toContain("n = 2");
    expect(new Set(events.map((e) => e.logStreamName)).size).toBe(2);
    expect(events.filter((e) => e.message.startsWith("REPORT")).length).toBe(2);
    expect(events[0]).toMatchObject({ timestamp: Date.UTC(2026, 0, 1, 0, 0, 0, 150) });
    expect(h.runtime.logs("other")).toEqual([]);
  });

  it("keeps at most maxLogEventsPerFunction events, dropping the oldest", async () => {
    const h = await createHarness({ limits: { maxLogEventsPerFunction: 10 } });
    h.deploy(`exports.handler = async () => { for (let i = 0; i < 30; i++) console.log("event", i); };`);
    await h.invoke();
    const events = h.runtime.logs("fn");
    expect(events).toHaveLength(10);
    expect(events.at(-1)?.message).toMatch(/^REPORT /);
  });
});

/** Values logged in the guest and with Node's util.format on the host must print the same. */
const FORMAT_CASES: ReadonlyArray<readonly [string, string]> = [
  ["plain string", `"hello"`],
  ["strings joined", `"a", "b", "c"`],
  ["number, boolean, null, undefined", `1, -0, true, null, undefined`],
  ["%s %d %i %f %j %%", `"%s is %d years (%i), %f, %j, 100%%", "Ann", 42.5, "7.9", "1.5", { a: [1] }`],
  ["extra arguments after specifiers", `"%s!", "hi", { x: 1 }, [2]`],
  ["flat object", `{ a: 1, b: "two", c: [1, 2, 3], d: null, e: undefined }`],
  ["nested object beyond depth 2", `{ a: { b: { c: { d: 1 } } } }`],
  ["three levels on one line", `{ a: { b: { c: {} } } }`],
  [
    "object over 72 columns breaks",
    `{ alpha: "aaaaaaaaaaaaaaa", beta: "bbbbbbbbbbbbbbbbbb", gamma: "ccccccccccccccccccc", delta: 4 }`,
  ],
  ["array of 7 numbers groups", `[1, 2, 3, 4, 5, 6, 7]`],
  ["array of 30 numbers groups", `Array.from({ length: 30 }, (_, i) => i * 3)`],
  ["array of 120 items is cut", `Array.from({ length: 120 }, (_, i) => i)`],
  ["array with holes and extra keys", `Object.assign([1, , , 4], { tag: "x" })`],
  ["quoted keys and strings", `{ "a-b": "it's", $meta: 1, "x y": 'say "hi"' }`],
  ["Map and Set", `new Map([["k", { v: 1 }]]), new Set([1, "two"])`],
  ["empty things", `{}, [], new Map(), new Set()`],
  ["functions and classes", `function named() {}, () => {}, async function af() {}, class Pet {}`],
  ["class instances", `new (class Pet { constructor() { this.name = "rex"; } })()`],
  ["null prototype", `Object.assign(Object.create(null), { a: 1 })`],
  ["dates and regexps", `new Date(0), /ab+c/gi`],
  ["symbols and bigints", `Symbol("s"), 10n, { [Symbol("k")]: 1 }`],
  ["getters", `{ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} }`],
  ["circular reference", `(() => { const o = { name: "loop" }; o.self = o; return o; })()`],
  ["boxed primitives", `new Number(3), new String("ab"), new Boolean(false)`],
  ["typed array", `new Uint8Array([1, 2, 3])`],
  [
    "long multi-line string in object",
    `{ text: "first line is long enough to wrap\\nsecond line is long enough too\\nthird" }`,
  ],
  ["nested arrays", `[[1, [2, [3, [4]]]], { list: [{ id: 1 }, { id: 2 }] }]`],
  ["%o and %O", `"%O", { a: { b: 1 } }`],
];

describe("console formatting", () => {
  it.each(FORMAT_CASES)("prints %s as Node's util.format does", async (_label, args) => {
    const h = await createHarness();
    h.deploy(`exports.handler = async () => { console.log(${args}); };`);
    const expected = format(...(new Function(`return [${args}];`)() as unknown[]));
    expect(consoleMessages(await h.invoke())).toEqual([expected]);
  });

  it("prints an Error nested in an object with its stack", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = async () => { console.log({ err: new RangeError("bad") }); };`);
    expect(consoleMessages(await h.invoke())[0]).toMatch(
      /^\{\n {2}err: RangeError: bad\n {6}at <anonymous> \(\/var\/task\/index\.js:1:\d+\)\n\}$/,
    );
  });
});
