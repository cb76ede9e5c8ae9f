import { describe, expect, it } from "vitest";
import { ResourceNotFoundError, TooManyRequestsError } from "@/lib/gateway/runtime";
import { createHarness, payloadOf } from "./runtime-harness";

const COUNTER = `let invocations = 0;\nconsole.log("init");\nexport const handler = async () => ++invocations;`;

describe("cold and warm starts", () => {
  it("cold starts the first invocation (Init Duration in REPORT) and reuses the environment, with its module state, later", async () => {
    const h = await createHarness();
    h.deploy(COUNTER);
    const first = await h.invoke();
    h.clock.advance(1000);
    const second = await h.invoke();
    expect([first.payload, second.payload]).toEqual(["1", "2"]);
    expect(first).toMatchObject({ coldStart: true, initDurationMs: 150 });
    expect(first.logResult[0]).toBe("2026-01-01T00:00:00.150Z\tundefined\tINFO\tinit");
    expect(first.logResult.at(-1)).toMatch(/\tInit Duration: 150\.00 ms$/);
    expect(second.coldStart).toBe(false);
    expect(second.initDurationMs).toBeUndefined();
    expect(second.logResult.at(-1)).not.toContain("Init Duration");
    expect(second.logResult.some((line) => line.endsWith("\tinit"))).toBe(false);
    expect(h.runtime.stats("fn")).toEqual({ coldStarts: 1, warmStarts: 1, throttles: 0, containersAlive: 1 });
  });

  it("gives an invocation that starts while another is in flight on the virtual timeline its own environment", async () => {
    const h = await createHarness();
    h.deploy(
      `let n = 0;\nexport const handler = async () => { n++; await new Promise((r) => setTimeout(r, 1000)); return n; };`,
    );
    const [a, b] = await Promise.all([h.invoke(), h.invoke()]);
    expect([a.payload, b.payload]).toEqual(["1", "1"]);
    expect([a.coldStart, b.coldStart]).toEqual([true, true]);
    h.clock.advance(500);
    // Both are still busy until 150 ms of Init + 1000 ms: a third invocation needs a third environment.
    expect((await h.invoke()).coldStart).toBe(true);
    h.clock.advance(2000);
    const warm = await h.invoke();
    expect(warm.coldStart).toBe(false);
    expect(warm.payload).toBe("2");
    expect(h.runtime.stats("fn")).toMatchObject({ coldStarts: 3, warmStarts: 1, containersAlive: 3 });
  });

  it("reuses the most recently used idle environment", async () => {
    const h = await createHarness();
    h.deploy(
      `const id = Math.random();\nexport const handler = async (e) => { if (e.wait) await new Promise((r) => setTimeout(r, 100)); return id; };`,
    );
    const [one, two] = await Promise.all([h.invoke("fn", { wait: true }), h.invoke()]);
    h.clock.advance(10_000);
    const next = await h.invoke();
    expect(next.payload).toBe(one.payload);
    expect(next.payload).not.toBe(two.payload);
  });

  it("starts new environments after a redeployment: the old module state is gone", async () => {
    const h = await createHarness();
    h.deploy(COUNTER);
    await h.invoke();
    h.clock.advance(1000);
    expect((await h.invoke()).payload).toBe("2");
    h.deploy(COUNTER, { memorySize: 256 });
    h.clock.advance(1000);
    const afterDeploy = await h.invoke();
    expect(afterDeploy).toMatchObject({ payload: "1", coldStart: true, memorySizeMb: 256 });
    expect(h.runtime.stats("fn").containersAlive).toBe(1);
  });

  it("reclaims an environment idle for longer than idleContainerMs", async () => {
    const h = await createHarness({ limits: { idleContainerMs: 60_000 } });
    h.deploy(COUNTER);
    await h.invoke();
    h.clock.advance(59_000);
    expect((await h.invoke()).coldStart).toBe(false);
    h.clock.advance(61_000);
    h.runtime.reclaimIdleContainers();
    expect(h.runtime.stats("fn").containersAlive).toBe(0);
    const cold = await h.invoke();
    expect(cold).toMatchObject({ coldStart: true, payload: "1" });
  });

  it("throws TooManyRequestsException when no concurrency is left for a new environment", async () => {
    const h = await createHarness({ limits: { maxConcurrency: 2 } });
    h.deploy(
      `export const handler = async () => { await new Promise((r) => setTimeout(r, 1000)); return 1; };`,
    );
    await h.invoke();
    await h.invoke();
    await expect(h.invoke()).rejects.toBeInstanceOf(TooManyRequestsError);
    await expect(h.invoke()).rejects.toMatchObject({
      name: "TooManyRequestsException",
      statusCode: 429,
      message: "Rate Exceeded.",
    });
    expect(h.runtime.stats()).toMatchObject({ throttles: 2, containersAlive: 2 });
    h.clock.advance(5000);
    expect((await h.invoke()).coldStart).toBe(false);
  });

  it("counts per function and in total", async () => {
    const h = await createHarness();
    h.deploy(COUNTER, { functionName: "a" });
    h.deploy(COUNTER, { functionName: "b" });
    await h.invoke("a");
    await h.invoke("b");
    h.clock.advance(1000);
    await h.invoke("a");
    expect(h.runtime.stats("a")).toEqual({ coldStarts: 1, warmStarts: 1, throttles: 0, containersAlive: 1 });
    expect(h.runtime.stats()).toEqual({ coldStarts: 2, warmStarts: 1, throttles: 0, containersAlive: 2 });
    expect(h.runtime.stats("unknown")).toEqual({
      coldStarts: 0,
      warmStarts: 0,
      throttles: 0,
      containersAlive: 0,
    });
  });

  it("throws ResourceNotFoundException for a deleted or unknown function", async () => {
    const h = await createHarness();
    h.deploy(COUNTER);
    await h.invoke();
    h.runtime.deleteFunction("fn");
    expect(h.runtime.stats().containersAlive).toBe(0);
    await expect(h.invoke()).rejects.toThrow(
      new ResourceNotFoundError("fn", "arn:aws:lambda:us-east-1:123456789012:function:fn"),
    );
    await expect(h.invoke("nope")).rejects.toMatchObject({
      name: "ResourceNotFoundException",
      statusCode: 404,
      message: "Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope",
    });
    expect(() => h.runtime.getFunctionConfiguration("nope")).toThrow(ResourceNotFoundError);
  });

  it("returns the resolved configuration with Lambda's defaults", async () => {
    const h = await createHarness();
    h.deploy(`export const handler = async () => 1;`);
    expect(h.runtime.getFunctionConfiguration("fn")).toMatchObject({
      handler: "index.handler",
      runtime: "nodejs20.x",
      timeout: 3,
      memorySize: 128,
      moduleFormat: "esm",
      fileName: "/var/task/index.mjs",
      functionArn: "arn:aws:lambda:us-east-1:123456789012:function:fn",
    });
  });

  it("releases every environment on dispose", async () => {
    const h = await createHarness();
    h.deploy(COUNTER);
    expect(payloadOf(await h.invoke())).toBe(1);
    h.runtime.dispose();
    expect(h.runtime.stats().containersAlive).toBe(0);
  });
});
