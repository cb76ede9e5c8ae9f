import { describe, expect, it } from "vitest";
import { consoleMessages, createHarness, payloadOf } from "./runtime-harness";

describe("timers on the virtual clock", () => {
  it("takes 2 s of virtual time and almost no real time for `await new Promise(r => setTimeout(r, 2000))`", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => { const t0 = Date.now(); await new Promise((r) => setTimeout(r, 2000)); return Date.now() - t0; };`,
    );
    const started = performance.now();
    const result = await h.invoke();
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.payload).toBe("2000");
    expect(result.durationMs).toBe(2000);
  });

  it("fires timers in due order, equal delays in the order they were set, setImmediate before setTimeout(0)", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => {
        const order = [];
        setTimeout(() => order.push("t30"), 30);
        setTimeout(() => order.push("t10a"), 10);
        setTimeout(() => order.push("t0"), 0);
        setTimeout(() => order.push("t10b"), 10);
        setImmediate(() => order.push("immediate"));
        Promise.resolve().then(() => order.push("microtask"));
        await new Promise((r) => setTimeout(r, 50));
        return order;
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual(["microtask", "immediate", "t0", "t10a", "t10b", "t30"]);
  });

  it("repeats setInterval until clearInterval, and clearTimeout cancels", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async () => {
        const ticks = [];
        const start = Date.now();
        const cancelled = setTimeout(() => ticks.push("never"), 5);
        clearTimeout(cancelled);
        await new Promise((resolve) => {
          const id = setInterval(() => { ticks.push(Date.now() - start); if (ticks.length === 3) { clearInterval(id); resolve(); } }, 100);
        });
        return ticks;
      };`,
    );
    expect(payloadOf(await h.invoke())).toEqual([100, 200, 300]);
  });

  it("waits for pending timers before answering a callback when callbackWaitsForEmptyEventLoop is true", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = (event, context, callback) => {
        setTimeout(() => console.log("timer done"), 700);
        callback(null, "sent after the timer");
      };`,
    );
    const result = await h.invoke();
    expect(result.payload).toBe('"sent after the timer"');
    expect(result.durationMs).toBe(700);
    expect(consoleMessages(result)).toEqual(["timer done"]);
  });

  it("answers at once with callbackWaitsForEmptyEventLoop false; the timer waits, frozen, and fires once overdue in a later invocation", async () => {
    const h = await createHarness();
    h.deploy(
      `let fired = 0;
      exports.handler = (event, context, callback) => {
        context.callbackWaitsForEmptyEventLoop = false;
        if (event.schedule) setTimeout(() => { fired++; console.log("late timer"); }, 700);
        callback(null, { fired });
      };`,
    );
    const first = await h.invoke("fn", { schedule: true });
    expect(first.payload).toBe('{"fired":0}');
    expect(first.durationMs).toBe(0);
    expect(consoleMessages(first)).toEqual([]);
    h.clock.advance(60_000);
    // Thawed a minute later, the overdue timer runs right after this invocation's response, before END.
    const second = await h.invoke();
    expect(second.payload).toBe('{"fired":0}');
    expect(consoleMessages(second)).toEqual(["late timer"]);
    expect(second.logResult.at(-2)).toBe(`END RequestId: ${second.requestId}`);
    h.clock.advance(60_000);
    expect((await h.invoke()).payload).toBe('{"fired":1}');
  });

  it("fires a timer that came due while frozen before a later invocation's awaited work completes", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async (event) => {
        if (event.schedule) setTimeout(() => console.log("left over from the first invocation"), 500);
        if (event.wait) { await new Promise((r) => setTimeout(r, 10)); console.log("handler resumed"); }
        return "ok";
      };`,
    );
    const first = await h.invoke("fn", { schedule: true });
    expect(consoleMessages(first)).toEqual([]);
    h.clock.advance(60_000);
    const second = await h.invoke("fn", { wait: true });
    expect(consoleMessages(second)).toEqual(["left over from the first invocation", "handler resumed"]);
    expect(second.durationMs).toBe(10);
  });

  it("does not hold the response for an unref'd timer", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = (e, c, cb) => { setTimeout(() => {}, 2000).unref(); cb(null, "quick"); };`);
    const result = await h.invoke();
    expect(result.payload).toBe('"quick"');
    expect(result.durationMs).toBe(0);
  });

  it("times out a callback handler whose interval keeps the event loop busy", async () => {
    const h = await createHarness();
    h.deploy(`exports.handler = (e, c, cb) => { setInterval(() => {}, 250); cb(null, "never sent"); };`);
    expect(payloadOf(await h.invoke())).toMatchObject({
      errorMessage: expect.stringContaining("Task timed out after 3.00 seconds"),
    });
  });

  it("throws Node's ERR_INVALID_ARG_TYPE for a non-function callback", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = async () => { try { setTimeout("code", 10); } catch (e) { return [e.code, e.message]; } };`,
    );
    expect(payloadOf(await h.invoke())).toEqual([
      "ERR_INVALID_ARG_TYPE",
      'The "callback" argument must be of type function. Received type string',
    ]);
  });

  it("refuses more than 10,000 pending timers in one environment", async () => {
    const h = await createHarness();
    h.deploy(
      `exports.handler = async () => { try { for (let i = 0; i < 10001; i++) setTimeout(() => {}, 1e6); } catch (e) { return e.message; } };`,
    );
    expect(payloadOf(await h.invoke())).toBe(
      "Too many pending timers in this execution environment (limit 10000)",
    );
  });
});
