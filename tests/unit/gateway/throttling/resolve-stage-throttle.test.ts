import { describe, expect, it } from "vitest";
import type { MethodSetting } from "@/lib/gateway/control/types";
import { findMethodSettings, resolveStageThrottle, toMethodSettingsKey } from "@/lib/gateway/throttling";

const account = { rateLimit: 10_000, burstLimit: 5_000 };

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

describe("stage method settings keys", () => {
  it("drops the resource path's leading slash and appends the method", () => {
    expect(toMethodSettingsKey("/pets/{id}", "get")).toBe("pets/{id}/GET");
    expect(toMethodSettingsKey("/", "GET")).toBe("/GET");
  });

  it("finds the root resource's entry under ~1/GET too", () => {
    const rootSetting = setting(5, 5);
    expect(findMethodSettings({ "~1/GET": rootSetting }, "/", "GET").specific).toBe(rootSetting);
  });
});

describe("resolveStageThrottle", () => {
  it("returns nothing when neither the method nor the stage sets a throttle", () => {
    expect(resolveStageThrottle({ "*/*": setting() }, "/pets", "GET", account)).toBeUndefined();
    expect(resolveStageThrottle(undefined, "/pets", "GET", account)).toBeUndefined();
  });

  it("takes each limit from the method, else from */*, and names the key that set them", () => {
    const settings = { "*/*": setting(100, 50), "pets/GET": setting(undefined, 7) };
    expect(resolveStageThrottle(settings, "/pets", "GET", account)).toEqual({
      settingKey: "pets/GET",
      rateLimit: 100,
      burstLimit: 7,
    });
    expect(resolveStageThrottle(settings, "/pets", "POST", account)).toEqual({
      settingKey: "*/*",
      rateLimit: 100,
      burstLimit: 50,
    });
  });
});
