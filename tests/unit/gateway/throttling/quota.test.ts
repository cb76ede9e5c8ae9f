import { describe, expect, it } from "vitest";
import { QuotaCounter, ThrottleRegistry, toQuotaPeriod, type UsagePlan } from "@/lib/gateway/throttling";

const MONDAY_NOON = Date.UTC(2026, 0, 5, 12);
const pets = { apiId: "api1", stageName: "dev", resourcePath: "/pets", httpMethod: "GET" };

function withPlan(plan: Partial<UsagePlan>, apiKeyValue?: string) {
  return {
    ...pets,
    usagePlan: { plan: { id: "plan1", apiStages: [], ...plan }, apiKeyId: "key1", apiKeyValue },
  };
}

describe("usage-plan quotas", () => {
  it("answers 429 Limit Exceeded once the key's daily quota is used, with AWS's log line", () => {
    const registry = new ThrottleRegistry(MONDAY_NOON);
    const request = withPlan({ quota: { limit: 2, period: "DAY" } }, "abcdefghijklmnopqrstuF0yrv6");
    expect(registry.throttleRequest(request, MONDAY_NOON).allowed).toBe(true);
    expect(registry.throttleRequest(request, MONDAY_NOON).allowed).toBe(true);
    expect(registry.throttleRequest(request, MONDAY_NOON)).toEqual({
      allowed: false,
      error: "QUOTA_EXCEEDED",
      usagePlanId: "plan1",
      apiKeyId: "key1",
      limit: 2,
      period: "DAY",
      description:
        "API Key **********F0yrv6 exceeded quota limit for API Stage api1/dev: " +
        "Key quota exhausted for Usage Plan ID plan1. Limit: 2 Period: DAY",
    });
  });

  it("resets a DAY quota at midnight UTC", () => {
    const registry = new ThrottleRegistry(MONDAY_NOON);
    const request = withPlan({ quota: { limit: 1, period: "DAY" } });
    registry.throttleRequest(request, MONDAY_NOON);
    expect(registry.throttleRequest(request, Date.UTC(2026, 0, 5, 23, 59, 59, 999)).allowed).toBe(false);
    expect(registry.throttleRequest(request, Date.UTC(2026, 0, 6)).allowed).toBe(true);
  });

  it("counts quotas per API key", () => {
    const registry = new ThrottleRegistry(MONDAY_NOON);
    const quota = { limit: 1, period: "DAY" as const };
    const planned = { id: "plan1", apiStages: [], quota };
    expect(
      registry.throttleRequest({ ...pets, usagePlan: { plan: planned, apiKeyId: "a" } }, MONDAY_NOON).allowed,
    ).toBe(true);
    expect(
      registry.throttleRequest({ ...pets, usagePlan: { plan: planned, apiKeyId: "b" } }, MONDAY_NOON).allowed,
    ).toBe(true);
  });

  it("subtracts the offset from the limit in the plan's initial period only", () => {
    const counter = new QuotaCounter();
    const quota = { limit: 10, offset: 4, period: "DAY" as const };
    expect(counter.getUsage("p", "k", quota, MONDAY_NOON, MONDAY_NOON - 3_600_000)).toMatchObject({
      limit: 6,
      remaining: 6,
    });
    expect(counter.getUsage("p", "k", quota, MONDAY_NOON + 86_400_000, MONDAY_NOON)).toMatchObject({
      limit: 10,
    });
  });

  it("takes the first period it saw a plan in as the plan's initial period when no start is given", () => {
    const counter = new QuotaCounter();
    const quota = { limit: 10, offset: 4, period: "DAY" as const };
    expect(counter.remaining("p", "k", quota, MONDAY_NOON)).toBe(6);
    expect(counter.remaining("p", "k", quota, MONDAY_NOON + 86_400_000)).toBe(10);
  });

  it("checks the quota before the throttles and does not count throttled requests", () => {
    const registry = new ThrottleRegistry(MONDAY_NOON);
    const request = withPlan({
      quota: { limit: 5, period: "DAY" },
      throttle: { rateLimit: 0, burstLimit: 1 },
    });
    registry.throttleRequest(request, MONDAY_NOON);
    expect(registry.throttleRequest(request, MONDAY_NOON)).toMatchObject({ error: "THROTTLED" });
    expect(registry.quotas.getUsage("plan1", "key1", { limit: 5, period: "DAY" }, MONDAY_NOON)).toMatchObject(
      {
        used: 1,
        remaining: 4,
      },
    );
  });

  it("reports GetUsage for the current period and lets UpdateUsage extend the remaining quota", () => {
    const counter = new QuotaCounter();
    const quota = { limit: 100, period: "WEEK" as const };
    counter.consume("p", "k", quota, MONDAY_NOON);
    expect(counter.getUsage("p", "k", quota, MONDAY_NOON)).toEqual({
      usagePlanId: "p",
      apiKeyId: "k",
      used: 1,
      remaining: 99,
      limit: 100,
      periodStartMs: Date.UTC(2026, 0, 5),
      periodEndMs: Date.UTC(2026, 0, 12),
    });
    counter.setRemaining("p", "k", quota, 500, MONDAY_NOON);
    expect(counter.remaining("p", "k", quota, MONDAY_NOON)).toBe(500);
  });

  it("forgets counters of ended periods", () => {
    const counter = new QuotaCounter();
    counter.consume("p", "k", { limit: 1, period: "DAY" }, MONDAY_NOON);
    counter.sweep(MONDAY_NOON);
    expect(counter.size).toBe(1);
    counter.sweep(Date.UTC(2026, 0, 6));
    expect(counter.size).toBe(0);
  });
});

describe("toQuotaPeriod (UTC boundaries)", () => {
  it("runs a DAY from midnight UTC", () => {
    expect(toQuotaPeriod("DAY", Date.UTC(2026, 2, 3, 7, 30))).toEqual({
      startMs: Date.UTC(2026, 2, 3),
      endMs: Date.UTC(2026, 2, 4),
    });
  });

  it("runs a WEEK from Monday 00:00 UTC, including on a Sunday and on a Monday", () => {
    const week = { startMs: Date.UTC(2026, 0, 5), endMs: Date.UTC(2026, 0, 12) };
    expect(toQuotaPeriod("WEEK", Date.UTC(2026, 0, 11, 23))).toEqual(week);
    expect(toQuotaPeriod("WEEK", Date.UTC(2026, 0, 5))).toEqual(week);
    expect(toQuotaPeriod("WEEK", Date.UTC(1970, 0, 1))).toEqual({
      startMs: Date.UTC(1969, 11, 29),
      endMs: Date.UTC(1970, 0, 5),
    });
  });

  it("runs a MONTH from the 1st, across a year end", () => {
    expect(toQuotaPeriod("MONTH", Date.UTC(2026, 11, 31, 23))).toEqual({
      startMs: Date.UTC(2026, 11, 1),
      endMs: Date.UTC(2027, 0, 1),
    });
  });
});
