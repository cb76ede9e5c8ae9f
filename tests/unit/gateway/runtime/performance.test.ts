import { describe, expect, it } from "vitest";
import { createHarness } from "./runtime-harness";

describe("warm path cost", () => {
  it("costs well under 100 µs of host time per warm invocation of a trivial async handler", async () => {
    const h = await createHarness();
    h.deploy(
      `export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify({ ok: true }) });`,
    );
    const event = JSON.stringify({
      httpMethod: "GET",
      path: "/pets",
      headers: { accept: "*/*" },
      body: null,
    });
    await h.runtime.invoke("fn", event);
    h.clock.advance(1000);
    const measure = async (count: number): Promise<number> => {
      const started = performance.now();
      for (let i = 0; i < count; i++) {
        h.clock.advance(10);
        await h.runtime.invoke("fn", event);
      }
      return ((performance.now() - started) * 1000) / count;
    };
    await measure(2_000);
    const microseconds = Math.min(await measure(5_000), await measure(5_000));
    console.info(`warm invocation: ${microseconds.toFixed(1)} µs of host time`);
    expect(h.runtime.stats("fn")).toMatchObject({ coldStarts: 1, containersAlive: 1 });
    // ~50 µs measured on the project's 2-core machines; the bound leaves room for a loaded CI runner.
    expect(microseconds).toBeLessThan(100);
  }, 20_000);
});
