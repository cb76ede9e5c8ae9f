import { describe, expect, it } from "vitest";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createControlPlane, type ControlPlane, type ControlPlaneState } from "@/lib/gateway/control";
import { ThrottleRegistry } from "@/lib/gateway/throttling";
import { ACCOUNT_ID } from "./fixture";
import { KEY_VALUE, createPlanSandbox } from "./usage-plan-fixture";

/** What the pipeline's validateApiKey + throttleRequest stages do for one request, as they should wire it. */
function serve(cp: ControlPlane, throttles: ThrottleRegistry, restApiId: string, nowMs: number): string {
  const found = cp.findApiKeyForRequest(KEY_VALUE, restApiId, "dev");
  if (!found.found) return "403";
  const decision = throttles.throttleRequest(
    {
      apiId: restApiId,
      stageName: "dev",
      resourcePath: "/pets",
      httpMethod: "GET",
      usagePlan: { plan: found.usagePlan, apiKeyId: found.apiKey.id, planStartMs: found.planStartMs },
    },
    nowMs,
  );
  if (!decision.allowed) return decision.error === "QUOTA_EXCEEDED" ? "429 Limit Exceeded" : "429";
  cp.recordQuotaUsage({ usagePlanId: found.usagePlan.id, keyId: found.apiKey.id, nowMs });
  return "200";
}

/** The data plane's start (and StateRestored/UsageUpdated handling): seed the running counters. */
function seed(cp: ControlPlane, throttles: ThrottleRegistry, nowMs: number): void {
  for (const entry of cp.quotaUsageSnapshot({ nowMs }))
    throttles.quotas.setRemaining(
      entry.usagePlanId,
      entry.keyId,
      entry.quota,
      entry.remaining,
      nowMs,
      entry.planStartMs,
    );
}

describe("Quota counts across a restart", () => {
  it("a rebuilt sandbox seeded from the stored state keeps refusing a key whose daily quota is spent", () => {
    const { cp, clock, restApiId } = createPlanSandbox();
    const plan = cp.createUsagePlan({
      name: "p",
      apiStages: [{ apiId: restApiId, stage: "dev" }],
      quota: { limit: 5, period: "DAY" },
    });
    const key = cp.createApiKey({ name: "k", value: KEY_VALUE, enabled: true });
    cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" });
    const before = new ThrottleRegistry(clock.now());
    const first = [1, 2, 3].map((i) => serve(cp, before, restApiId, clock.now() + i));
    expect(first).toEqual(["200", "200", "200"]);

    const stored = JSON.parse(JSON.stringify(cp.exportState())) as ControlPlaneState;
    const restarted = createControlPlane({
      clock: new VirtualClock(clock.now()),
      random: new SeededRandom(9),
      accountId: ACCOUNT_ID,
      region: "us-east-1",
      state: stored,
    });
    const after = new ThrottleRegistry(clock.now());
    seed(restarted, after, clock.now() + 10);
    const next = [11, 12, 13].map((i) => serve(restarted, after, restApiId, clock.now() + i));
    expect(next).toEqual(["200", "200", "429 Limit Exceeded"]);
    expect(
      restarted.getUsage({ usagePlanId: plan.id, startDate: "2026-01-01", endDate: "2026-01-01" }).items,
    ).toEqual({
      [key.id]: [[5, 0]],
    });
  });

  it("applies an UpdateUsage extension to the running counter through the UsageUpdated event", () => {
    const { cp, clock, restApiId } = createPlanSandbox();
    const plan = cp.createUsagePlan({
      name: "p",
      apiStages: [{ apiId: restApiId, stage: "dev" }],
      quota: { limit: 1, period: "DAY" },
    });
    const key = cp.createApiKey({ name: "k", value: KEY_VALUE, enabled: true });
    cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id, keyType: "API_KEY" });
    const throttles = new ThrottleRegistry(clock.now());
    cp.subscribe((event) => {
      if (event.type !== "UsageUpdated") return;
      const { usagePlanId, keyId, quota, remaining, planStartMs } = event.entry;
      throttles.quotas.setRemaining(usagePlanId, keyId, quota, remaining, clock.now(), planStartMs);
    });
    expect([
      serve(cp, throttles, restApiId, clock.now()),
      serve(cp, throttles, restApiId, clock.now()),
    ]).toEqual(["200", "429 Limit Exceeded"]);
    cp.updateUsage({
      usagePlanId: plan.id,
      keyId: key.id,
      patchOperations: [{ op: "replace", path: "/remaining", value: "2" }],
    });
    const served = [1, 2, 3].map(() => serve(cp, throttles, restApiId, clock.now()));
    expect(served).toEqual(["200", "200", "429 Limit Exceeded"]);
  });
});
