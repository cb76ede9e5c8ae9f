/**
 * The traffic generator against copies of a learner's sandbox built through the control plane: what
 * throttling, caching and usage-plan quotas show under load, and that the live sandbox never notices.
 */
import { describe, expect, it } from "vitest";
import { createTrafficSandbox, runTraffic } from "@/lib/gateway/traffic";
import {
  addKeyInPlan,
  addMockApi,
  API_KEY_VALUE,
  copyForTraffic,
  createLearnerSandbox,
  HOST_CLOCK,
  OTHER_KEY_VALUE,
  patchStage,
  petsPlan,
  START_MS,
} from "./traffic-fixtures";

describe("runTraffic against a MOCK API", () => {
  it("throttles 396 of 500 requests at 50 r/s for 10 s against a stage limit of rate 10, burst 5", async () => {
    const live = await createLearnerSandbox();
    const apiId = addMockApi(live.controlPlane);
    patchStage(live.controlPlane, apiId, [
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "10" },
      { op: "replace", path: "/*/*/throttling/burstLimit", value: "5" },
    ]);
    const copy = await copyForTraffic(live);
    const report = await runTraffic(
      copy,
      petsPlan(apiId, { requests: 500, pattern: { kind: "constant", ratePerSecond: 50 } }),
      { hostClock: HOST_CLOCK },
    );
    // Token bucket: 5 tokens at t=0, +10/s = +0.2 per 20 ms gap, one token per admitted request.
    // Requests 0-5 pass (5 tokens, then 4.2 → 3.4 → 2.6 → 1.8 → 1.0 after each take and refill);
    // the bucket is then empty and refills to exactly 1.0 every 5 gaps (100 ms), so requests 10, 15, ...,
    // 495 pass: 6 + 98 = 104 admitted = burst + rate × 9.98 s, rounded down; 500 − 104 = 396 throttled.
    expect(report.totals).toMatchObject({
      requests: 500,
      byStatus: { "200": 104, "429": 396 },
      throttled: 396,
      quotaExceeded: 0,
      errors4xx: 396,
      errors5xx: 0,
    });
    // 9,980 ms of arrivals in 200 ms buckets of 10 requests: 6 pass in the first, 2 in each later one.
    expect(report.bucketMs).toBe(200);
    expect(report.buckets.length).toBe(50);
    expect(report.buckets[0]).toMatchObject({ startMs: 0, count: 10, throttled: 4 });
    expect(report.buckets.slice(1).every((b) => b.count === 10 && b.throttled === 8)).toBe(true);
    expect(report.samples.length).toBe(20);
    expect(report.samples[6]).toMatchObject({
      index: 6,
      atMs: 120,
      statusCode: 429,
      body: '{"message":"Too Many Requests"}',
      errorType: "THROTTLED",
    });
    expect(report.startedAtEpochMs).toBe(START_MS);
    expect(report.durationSimulatedMs).toBe(9_980);
    expect(copy.clock.now()).toBe(START_MS + 9_980);
  });

  it("serves 594 of 600 requests from a 10-second-TTL cache at 10 r/s over 60 s: one miss per TTL", async () => {
    const live = await createLearnerSandbox();
    const apiId = addMockApi(live.controlPlane);
    patchStage(live.controlPlane, apiId, [
      { op: "replace", path: "/cacheClusterEnabled", value: "true" },
      { op: "replace", path: "/*/*/caching/enabled", value: "true" },
      { op: "replace", path: "/*/*/caching/ttlInSeconds", value: "10" },
    ]);
    const report = await runTraffic(await copyForTraffic(live), petsPlan(apiId, { requests: 600 }), {
      hostClock: HOST_CLOCK,
    });
    // Entries stored at 0, 10, 20, 30, 40 and 50 s expire exactly 10 s later, so those arrivals miss.
    expect(report.totals).toMatchObject({ byStatus: { "200": 600 }, cacheHits: 594, cacheMisses: 6 });
    expect(report.bucketMs).toBe(1_000);
    expect(report.buckets.filter((b) => b.cacheMisses === 1).map((b) => b.startMs)).toEqual([
      0, 10_000, 20_000, 30_000, 40_000, 50_000,
    ]);
    expect(report.samples.map((s) => s.cacheHit).slice(0, 3)).toEqual([false, true, true]);
  });

  it("answers 429 Limit Exceeded once a usage plan's quota is used up, counting what the live sandbox used", async () => {
    const live = await createLearnerSandbox();
    const apiId = addMockApi(live.controlPlane, { apiKeyRequired: true });
    addKeyInPlan(live.controlPlane, apiId, { limit: 100, period: "DAY" });
    for (let i = 0; i < 30; i++) {
      const used = await live.dataPlane.invoke({
        apiId,
        method: "GET",
        path: "/dev/pets",
        query: "",
        headers: [["x-api-key", API_KEY_VALUE]],
        body: null,
        sourceIp: "203.0.113.7",
      });
      expect(used.response.statusCode).toBe(200);
    }
    const plan = petsPlan(apiId, { requests: 150, headers: { "x-api-key": API_KEY_VALUE } });
    const report = await runTraffic(await copyForTraffic(live), plan, { hostClock: HOST_CLOCK });
    expect(report.totals).toMatchObject({
      byStatus: { "200": 70, "429": 80 },
      throttled: 80,
      quotaExceeded: 80,
    });
    expect(report.samples.length).toBe(20);
    // The live sandbox keeps its own count: 30 used, 70 left.
    expect(live.controlPlane.quotaUsageSnapshot()).toMatchObject([{ used: 30, remaining: 70 }]);
  });

  it("mixes a plan key and an unknown key by weight: the unknown key's share is 403 Forbidden", async () => {
    const live = await createLearnerSandbox();
    const apiId = addMockApi(live.controlPlane, { apiKeyRequired: true });
    addKeyInPlan(live.controlPlane, apiId);
    const plan = petsPlan(apiId, {
      requests: 400,
      credentials: [
        { weight: 3, headers: { "x-api-key": API_KEY_VALUE } },
        { weight: 1, headers: { "X-API-Key": OTHER_KEY_VALUE } },
      ],
    });
    const run = async (seed: number) =>
      runTraffic(await copyForTraffic(live), plan, { hostClock: HOST_CLOCK, seed });
    const first = await run(21);
    const forbidden = first.totals.byStatus["403"] ?? 0;
    expect(first.totals.byStatus["200"]! + forbidden).toBe(400);
    expect(Math.abs(forbidden - 100)).toBeLessThan(30);
    expect(first.samples.filter((s) => s.statusCode === 403)[0]?.body).toBe('{"message":"Forbidden"}');
    const again = await run(21);
    expect(again.samples.map((s) => s.statusCode)).toEqual(first.samples.map((s) => s.statusCode));
    expect(again.totals).toEqual(first.totals);
  });

  it("reports a Lambda integration's latency per request: p50, p90 and p99 of 0-90 ms durations", async () => {
    const live = await createLearnerSandbox();
    const apiId = addMockApi(live.controlPlane);
    const cp = live.controlPlane;
    const pets = cp.getResources({ restApiId: apiId }).items.find((r) => r.path === "/pets")!;
    cp.putIntegration({
      restApiId: apiId,
      resourceId: pets.id,
      httpMethod: "GET",
      type: "AWS_PROXY",
      integrationHttpMethod: "POST",
      uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations",
    });
    cp.createDeployment({ restApiId: apiId, stageName: "dev" });
    let calls = 0;
    const copy = await createTrafficSandbox(live.exportState(), {
      now: START_MS,
      seed: 1,
      lambda: {
        invoke: async () => ({
          payload: JSON.stringify({ statusCode: 200, body: "ok" }),
          durationMs: (calls++ % 10) * 10,
          requestId: `r${calls}`,
        }),
      },
    });
    const report = await runTraffic(copy, petsPlan(apiId, { bucketSeconds: 1 }), { hostClock: HOST_CLOCK });
    // Durations 0, 10, ..., 90 ms, ten of each: ranks 50, 90 and 99 of 100 are 40, 80 and 90.
    expect(report.latency).toEqual({ p50: 40, p90: 80, p99: 90, max: 90, mean: 45 });
    expect(report.bucketMs).toBe(1_000);
    expect(report.buckets[9]).toMatchObject({ startMs: 9_000, count: 10, p50: 40, p90: 80, p99: 90 });
    // The last request arrives at 9,900 ms and takes 90 ms.
    expect(report.durationSimulatedMs).toBe(9_990);
  });

  it("leaves the live sandbox's stage buckets full", async () => {
    const live = await createLearnerSandbox();
    const apiId = addMockApi(live.controlPlane);
    patchStage(live.controlPlane, apiId, [
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "1" },
      { op: "replace", path: "/*/*/throttling/burstLimit", value: "1" },
    ]);
    const report = await runTraffic(await copyForTraffic(live), petsPlan(apiId, { requests: 20 }), {
      hostClock: HOST_CLOCK,
    });
    expect(report.totals.throttled).toBeGreaterThan(0);
    const direct = await live.dataPlane.invoke({
      apiId,
      method: "GET",
      path: "/dev/pets",
      query: "",
      headers: [],
      body: null,
      sourceIp: "203.0.113.7",
    });
    expect(direct.response.statusCode).toBe(200);
  });

  it("passes the method, query string, headers and body through, and reports progress at most 50 times", async () => {
    const live = await createLearnerSandbox();
    const cp = live.controlPlane;
    const api = cp.createRestApi({ name: "echo" });
    const method = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "POST" };
    cp.putMethod({ ...method, authorizationType: "NONE" });
    cp.putIntegration({
      ...method,
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 201}' },
    });
    cp.putMethodResponse({ ...method, statusCode: "201" });
    cp.putIntegrationResponse({
      ...method,
      statusCode: "201",
      responseTemplates: {
        "application/json":
          '{"q":"$input.params(\'q\')","h":"$input.params(\'x-tag\')","m":"$context.httpMethod"}',
      },
    });
    cp.createDeployment({ restApiId: api.id, stageName: "dev" });
    const progress: number[] = [];
    const report = await runTraffic(
      await copyForTraffic(live),
      {
        ...petsPlan(api.id),
        method: "POST",
        path: "/?q=7",
        headers: { "content-type": "application/json", "x-tag": "t1" },
        body: "{}",
        requests: 1_000,
        pattern: { kind: "burst", burstSize: 100, everySeconds: 1 },
      },
      { hostClock: HOST_CLOCK, onProgress: (done) => void progress.push(done) },
    );
    expect(report.totals.byStatus).toEqual({ "201": 1_000 });
    expect(report.samples[0]?.body).toBe('{"q":"7","h":"t1","m":"POST"}');
    expect(progress.length).toBe(50);
    expect(progress.at(-1)).toBe(1_000);
    // 9 s of bursts in 200 ms buckets: every fifth bucket holds a burst of 100.
    expect(report.buckets.filter((b) => b.count > 0).map((b) => [b.startMs, b.count])).toEqual(
      Array.from({ length: 10 }, (_, s) => [s * 1000, 100]),
    );
  });
});
