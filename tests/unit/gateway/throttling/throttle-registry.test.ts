import { describe, expect, it } from "vitest";
import type { MethodSetting } from "@/lib/gateway/control/types";
import { ThrottleRegistry, type ThrottleRequest, type UsagePlan } from "@/lib/gateway/throttling";

const T0 = Date.UTC(2026, 0, 5, 12); // a Monday, noon UTC

function setting(rate?: number, burst?: number): MethodSetting {
  return {
    metricsEnabled: false,
    dataTraceEnabled: false,
    throttlingRateLimit: rate,
    throttlingBurstLimit: burst,
    cachingEnabled: false,
    cacheTtlInSeconds: 300,
    cacheDataEncrypted: false,
    requireAuthorizationForCacheControl: true,
    unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
  };
}

const pets = { apiId: "api1", stageName: "dev", resourcePath: "/pets", httpMethod: "GET" };

function plan(overrides: Partial<UsagePlan> = {}): UsagePlan {
  return {
    id: "plan1",
    apiStages: [
      { apiId: "api1", stage: "dev" },
      { apiId: "api1", stage: "prod" },
    ],
    ...overrides,
  };
}

function allowedCount(
  registry: ThrottleRegistry,
  request: ThrottleRequest,
  count: number,
  atMs = T0,
): number {
  let allowed = 0;
  for (let i = 0; i < count; i++) if (registry.throttleRequest(request, atMs).allowed) allowed++;
  return allowed;
}

describe("ThrottleRegistry: stage method settings", () => {
  it("throttles with 429 by the stage default and names the */* setting", () => {
    const registry = new ThrottleRegistry(T0);
    const request = { ...pets, methodSettings: { "*/*": setting(1, 1) } };
    expect(registry.throttleRequest(request, T0)).toEqual({ allowed: true });
    expect(registry.throttleRequest(request, T0)).toEqual({
      allowed: false,
      error: "THROTTLED",
      limit: {
        scope: "STAGE_METHOD",
        rateLimit: 1,
        burstLimit: 1,
        description: "Throttled by stage method setting */*",
      },
    });
  });

  it("prefers the method's own resourcePath/METHOD setting over */*", () => {
    const registry = new ThrottleRegistry(T0);
    const request = { ...pets, methodSettings: { "*/*": setting(1, 1), "pets/GET": setting(1, 3) } };
    expect(allowedCount(registry, request, 5)).toBe(3);
    const rejected = registry.throttleRequest(request, T0);
    expect(rejected).toMatchObject({ limit: { description: "Throttled by stage method setting pets/GET" } });
  });

  it("gives every method its own bucket under the stage default (default per-method limits)", () => {
    const registry = new ThrottleRegistry(T0);
    const methodSettings = { "*/*": setting(1, 2) };
    expect(allowedCount(registry, { ...pets, methodSettings }, 5)).toBe(2);
    expect(allowedCount(registry, { ...pets, httpMethod: "POST", methodSettings }, 5)).toBe(2);
  });

  it("takes an unset burst from the account when only the rate is set", () => {
    const registry = new ThrottleRegistry(T0, { accountBurstLimit: 4 });
    expect(allowedCount(registry, { ...pets, methodSettings: { "*/*": setting(1, undefined) } }, 10)).toBe(4);
  });
});

describe("ThrottleRegistry: order of application", () => {
  it("rejects by the usage plan's per-method throttle first", () => {
    const registry = new ThrottleRegistry(T0);
    const usagePlan = {
      plan: plan({
        apiStages: [
          { apiId: "api1", stage: "dev", throttle: { "/pets/GET": { rateLimit: 1, burstLimit: 1 } } },
        ],
        throttle: { rateLimit: 1, burstLimit: 1 },
      }),
      apiKeyId: "key1",
      apiKeyValue: "abcdefghijklmnopqrstuF0yrv6",
    };
    const request = { ...pets, methodSettings: { "*/*": setting(1, 1) }, usagePlan };
    registry.throttleRequest(request, T0);
    expect(registry.throttleRequest(request, T0)).toEqual({
      allowed: false,
      error: "THROTTLED",
      limit: {
        scope: "USAGE_PLAN_METHOD",
        rateLimit: 1,
        burstLimit: 1,
        description:
          "API Key **********F0yrv6 exceeded throttle limit for API Stage api1/dev: Key throttle limit exceeded for " +
          "Usage Plan ID plan1, RestApi api1, Stage dev, Resource /pets, HttpMethod GET. Limit: 1.00 Burst: 1",
      },
    });
  });

  it("shares a key's plan throttle across every stage of the plan", () => {
    const registry = new ThrottleRegistry(T0);
    const usagePlan = { plan: plan({ throttle: { rateLimit: 1, burstLimit: 2 } }), apiKeyId: "key1" };
    expect(allowedCount(registry, { ...pets, usagePlan }, 1)).toBe(1);
    expect(allowedCount(registry, { ...pets, stageName: "prod", usagePlan }, 3)).toBe(1);
    expect(registry.throttleRequest({ ...pets, usagePlan }, T0)).toMatchObject({
      limit: { scope: "USAGE_PLAN" },
    });
  });

  it("keeps separate plan buckets for separate API keys", () => {
    const registry = new ThrottleRegistry(T0);
    const limited = plan({ throttle: { rateLimit: 1, burstLimit: 1 } });
    expect(allowedCount(registry, { ...pets, usagePlan: { plan: limited, apiKeyId: "a" } }, 3)).toBe(1);
    expect(allowedCount(registry, { ...pets, usagePlan: { plan: limited, apiKeyId: "b" } }, 3)).toBe(1);
  });

  it("does not charge the stage bucket for a request the plan already rejected", () => {
    const registry = new ThrottleRegistry(T0);
    const methodSettings = { "*/*": setting(0, 2) };
    const usagePlan = { plan: plan({ throttle: { rateLimit: 0, burstLimit: 1 } }), apiKeyId: "key1" };
    expect(registry.throttleRequest({ ...pets, methodSettings, usagePlan }, T0).allowed).toBe(true);
    expect(registry.throttleRequest({ ...pets, methodSettings, usagePlan }, T0)).toMatchObject({
      limit: { scope: "USAGE_PLAN" },
    });
    expect(registry.throttleRequest({ ...pets, methodSettings }, T0).allowed).toBe(true);
    expect(registry.throttleRequest({ ...pets, methodSettings }, T0)).toMatchObject({
      limit: { scope: "STAGE_METHOD" },
    });
  });

  it("applies the account bucket last, across every API and stage", () => {
    const registry = new ThrottleRegistry(T0, { accountRateLimit: 1, accountBurstLimit: 2 });
    expect(registry.throttleRequest(pets, T0).allowed).toBe(true);
    expect(registry.throttleRequest({ ...pets, apiId: "api2" }, T0).allowed).toBe(true);
    expect(registry.throttleRequest({ ...pets, stageName: "prod" }, T0)).toEqual({
      allowed: false,
      error: "THROTTLED",
      limit: {
        scope: "ACCOUNT",
        rateLimit: 1,
        burstLimit: 2,
        description: "Throttled by account-level throttling",
      },
    });
  });

  it("defaults the account to 10,000 rps with a 5,000 burst", () => {
    const registry = new ThrottleRegistry(T0);
    expect(allowedCount(registry, pets, 5_001)).toBe(5_000);
    expect(allowedCount(registry, pets, 11, T0 + 1)).toBe(10);
  });
});

describe("ThrottleRegistry: memory", () => {
  it("drops idle buckets once they are full again, and keeps draining ones", () => {
    const registry = new ThrottleRegistry(T0, { sweepIntervalMs: 1_000 });
    const methodSettings = { "*/*": setting(1, 5) };
    registry.throttleRequest({ ...pets, methodSettings }, T0);
    registry.throttleRequest(
      { ...pets, httpMethod: "POST", methodSettings: { "*/*": setting(0.001, 5) } },
      T0,
    );
    expect(registry.bucketCount).toBe(2);
    registry.sweep(T0 + 2_000);
    expect(registry.bucketCount).toBe(1);
    registry.throttleRequest(pets, T0 + 10_000_000);
    expect(registry.bucketCount).toBe(0);
  });

  it("evaluates four buckets in well under a microsecond", () => {
    const usagePlan = {
      plan: plan({
        apiStages: [
          { apiId: "api1", stage: "dev", throttle: { "/pets/GET": { rateLimit: 1e9, burstLimit: 1e9 } } },
        ],
        throttle: { rateLimit: 1e9, burstLimit: 1e9 },
      }),
      apiKeyId: "key1",
    };
    const request = { ...pets, methodSettings: { "*/*": setting(1e9, 1e9) }, usagePlan };
    const registry = new ThrottleRegistry(T0, { accountRateLimit: 1e9, accountBurstLimit: 1e9 });
    const count = 200_000;
    for (let i = 0; i < count; i++) registry.throttleRequest(request, T0 + i);
    const started = performance.now();
    for (let i = 0; i < count; i++) registry.throttleRequest(request, T0 + count + i);
    const nsPerRequest = ((performance.now() - started) * 1e6) / count;
    // Measured at ~0.25 µs on a 2-core CI machine; the bound leaves room for a loaded runner.
    expect(nsPerRequest).toBeLessThan(2_000);
  });
});
