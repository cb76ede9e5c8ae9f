import { describe, expect, it } from "vitest";
import type { MethodSetting } from "@/lib/gateway/control/types";
import {
  CACHE_CONTROL_IGNORED_WARNING,
  StageCacheRegistry,
  decideCacheControl,
  requestsInvalidation,
  resolveCachingSettings,
} from "@/lib/gateway/caching";

function setting(overrides: Partial<MethodSetting> = {}): MethodSetting {
  return {
    metricsEnabled: false,
    dataTraceEnabled: false,
    cachingEnabled: true,
    cacheTtlInSeconds: 300,
    cacheDataEncrypted: false,
    requireAuthorizationForCacheControl: true,
    unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
    ...overrides,
  };
}

const cachedStage = (methodSettings: Record<string, MethodSetting>) => ({
  cacheClusterEnabled: true,
  methodSettings,
});

describe("resolveCachingSettings", () => {
  it("caches GET, and only GET, under the stage default", () => {
    const stage = cachedStage({ "*/*": setting() });
    expect(resolveCachingSettings(stage, "/pets", "GET")).toEqual({
      enabled: true,
      ttlSeconds: 300,
      dataEncrypted: false,
      requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
      settingKey: "*/*",
    });
    expect(resolveCachingSettings(stage, "/pets", "POST").enabled).toBe(false);
  });

  it("caches another method when its own setting enables caching", () => {
    const stage = cachedStage({ "*/*": setting(), "pets/POST": setting({ cacheTtlInSeconds: 60 }) });
    expect(resolveCachingSettings(stage, "/pets", "POST")).toMatchObject({
      enabled: true,
      ttlSeconds: 60,
      settingKey: "pets/POST",
    });
  });

  it("lets a method's own setting turn caching off for a GET", () => {
    const stage = cachedStage({ "*/*": setting(), "pets/GET": setting({ cachingEnabled: false }) });
    expect(resolveCachingSettings(stage, "/pets", "GET").enabled).toBe(false);
  });

  it("caches nothing without a cache cluster, or with a TTL of 0", () => {
    expect(
      resolveCachingSettings(
        { cacheClusterEnabled: false, methodSettings: { "*/*": setting() } },
        "/p",
        "GET",
      ).enabled,
    ).toBe(false);
    expect(
      resolveCachingSettings(cachedStage({ "*/*": setting({ cacheTtlInSeconds: 0 }) }), "/p", "GET").enabled,
    ).toBe(false);
  });

  it("caps the TTL at 3600 seconds", () => {
    expect(
      resolveCachingSettings(cachedStage({ "*/*": setting({ cacheTtlInSeconds: 7200 }) }), "/p", "GET")
        .ttlSeconds,
    ).toBe(3600);
  });

  it("falls back to AWS's materialised defaults when the stage has no method settings", () => {
    expect(resolveCachingSettings(cachedStage({}), "/p", "GET")).toEqual({
      enabled: false,
      ttlSeconds: 300,
      dataEncrypted: false,
      requireAuthorizationForCacheControl: true,
      unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER",
    });
  });
});

describe("decideCacheControl (Cache-Control: max-age=0)", () => {
  const base = {
    cacheControl: "max-age=0",
    requireAuthorizationForCacheControl: true,
    unauthorizedCacheControlHeaderStrategy: "FAIL_WITH_403" as const,
    callerAuthorized: false,
  };

  it("looks up as usual when no invalidation is asked for", () => {
    expect(decideCacheControl({ ...base, cacheControl: undefined })).toEqual({ action: "LOOKUP" });
    expect(decideCacheControl({ ...base, cacheControl: "max-age=60" })).toEqual({ action: "LOOKUP" });
  });

  it("bypasses the cache and replaces the entry for an authorized caller", () => {
    expect(decideCacheControl({ ...base, callerAuthorized: true })).toEqual({ action: "BYPASS_AND_REPLACE" });
  });

  it("lets any caller invalidate when authorization is not required", () => {
    expect(decideCacheControl({ ...base, requireAuthorizationForCacheControl: false })).toEqual({
      action: "BYPASS_AND_REPLACE",
    });
  });

  it("fails an unauthorized caller with 403 under FAIL_WITH_403", () => {
    expect(decideCacheControl(base)).toEqual({ action: "FAIL_WITH_403", statusCode: 403 });
  });

  it("serves an unauthorized caller with a warning header under SUCCEED_WITH_RESPONSE_HEADER", () => {
    expect(
      decideCacheControl({ ...base, unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITH_RESPONSE_HEADER" }),
    ).toEqual({
      action: "LOOKUP_IGNORING_CACHE_CONTROL",
      headers: [["Warning", '199 "Cache-control headers were ignored because the caller was unauthorized."']],
    });
    expect(CACHE_CONTROL_IGNORED_WARNING).toBe(
      '199 "Cache-control headers were ignored because the caller was unauthorized."',
    );
  });

  it("serves an unauthorized caller silently under SUCCEED_WITHOUT_RESPONSE_HEADER", () => {
    expect(
      decideCacheControl({
        ...base,
        unauthorizedCacheControlHeaderStrategy: "SUCCEED_WITHOUT_RESPONSE_HEADER",
      }),
    ).toEqual({ action: "LOOKUP_IGNORING_CACHE_CONTROL", headers: [] });
  });

  it("finds max-age=0 among other directives, in any case", () => {
    expect(requestsInvalidation("no-store, Max-Age = 0")).toBe(true);
    expect(requestsInvalidation('max-age="0"')).toBe(true);
    expect(requestsInvalidation("max-age=10")).toBe(false);
    expect(requestsInvalidation("no-cache")).toBe(false);
  });
});

describe("StageCacheRegistry", () => {
  const stage = { stageName: "prod", cacheClusterEnabled: true, cacheClusterSize: "0.5" as const };

  it("keeps one cache per stage while the cluster is enabled", () => {
    const registry = new StageCacheRegistry();
    const cache = registry.cacheFor("api", stage);
    expect(cache).toBeDefined();
    expect(registry.cacheFor("api", stage)).toBe(cache);
    expect(registry.cacheFor("api", { ...stage, stageName: "dev" })).not.toBe(cache);
  });

  it("replaces the cache, empty, when the cluster is resized", () => {
    const registry = new StageCacheRegistry();
    registry.cacheFor("api", stage)?.store("k", { statusCode: 200, headers: [], body: "x" }, 300, 0);
    const resized = registry.cacheFor("api", { ...stage, cacheClusterSize: "1.6" });
    expect(resized?.statistics()).toMatchObject({ clusterSize: "1.6", entryCount: 0 });
  });

  it("drops the cache when the cluster is disabled, and flushes on FlushStageCache", () => {
    const registry = new StageCacheRegistry();
    registry.cacheFor("api", stage)?.store("k", { statusCode: 200, headers: [], body: "x" }, 300, 0);
    expect(registry.flush("api", "prod")).toBe(true);
    expect(registry.statistics("api", "prod")).toMatchObject({ entryCount: 0 });
    expect(registry.cacheFor("api", { ...stage, cacheClusterEnabled: false })).toBeUndefined();
    expect(registry.flush("api", "prod")).toBe(false);
  });
});
