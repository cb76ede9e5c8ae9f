import { describe, expect, it } from "vitest";
import {
  AuthorizerResultCache,
  resolveAuthorizerTtlSeconds,
  toAuthorizerCacheKey,
  toAuthorizerOutput,
} from "@/lib/gateway/authorizers/lambda";
import { allowAll, tokenAuthorizer } from "./authorizer-fixtures";

const output = (principal: string) => toAuthorizerOutput(JSON.stringify(allowAll(principal)));
const scope = { apiId: "api1", stage: "prod" };
const keyOf = (identity: string[], extra: Partial<Parameters<typeof toAuthorizerCacheKey>[0]> = {}) =>
  toAuthorizerCacheKey({ apiId: "api1", stage: "prod", authorizer: tokenAuthorizer(), identity, ...extra });

describe("resolveAuthorizerTtlSeconds", () => {
  it("defaults to 300 s, caps at 3600 s, and treats 0 as caching off", () => {
    expect(resolveAuthorizerTtlSeconds({})).toBe(300);
    expect(resolveAuthorizerTtlSeconds({ authorizerResultTtlInSeconds: 0 })).toBe(0);
    expect(resolveAuthorizerTtlSeconds({ authorizerResultTtlInSeconds: 60 })).toBe(60);
    expect(resolveAuthorizerTtlSeconds({ authorizerResultTtlInSeconds: 7200 })).toBe(3600);
    expect(resolveAuthorizerTtlSeconds({ authorizerResultTtlInSeconds: -5 })).toBe(0);
  });
});

describe("toAuthorizerCacheKey", () => {
  it("separates identities whose values would collide under a naive join", () => {
    const keys = new Set([
      keyOf(["a,b", "c"]),
      keyOf(["a", "b,c"]),
      keyOf(["a", "b", "c"]),
      keyOf(['a","b', "c"]),
      keyOf(["a|b", "c"]),
      keyOf(["a", "b|c"]),
      keyOf(["abc"]),
      keyOf(["ABC"]),
    ]);
    expect(keys.size).toBe(8);
  });

  it("separates APIs, stages, authorizers, functions and identity-source settings", () => {
    const base = keyOf(["t"]);
    expect(keyOf(["t"], { apiId: "api2" })).not.toBe(base);
    expect(keyOf(["t"], { stage: "dev" })).not.toBe(base);
    expect(keyOf(["t"], { authorizer: tokenAuthorizer({ id: "other" }) })).not.toBe(base);
    expect(keyOf(["t"], { authorizer: tokenAuthorizer({ authorizerUri: "arn:other" }) })).not.toBe(base);
    expect(
      keyOf(["t"], { authorizer: tokenAuthorizer({ identitySource: "method.request.header.X" }) }),
    ).not.toBe(base);
    expect(keyOf(["t"])).toBe(base);
  });
});

describe("AuthorizerResultCache", () => {
  it("answers until the entry expires, and not at the expiry instant", () => {
    const cache = new AuthorizerResultCache();
    cache.set("k", scope, output("u1"), 1_000);
    expect(cache.get("k", 999)?.principalId).toBe("u1");
    expect(cache.get("k", 1_000)).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("answers only the exact key", () => {
    const cache = new AuthorizerResultCache();
    cache.set("k", scope, output("u1"), 1_000);
    expect(cache.get("K", 0)).toBeUndefined();
    expect(cache.get("k ", 0)).toBeUndefined();
  });

  it("evicts the least recently used entry when full", () => {
    const cache = new AuthorizerResultCache({ maxEntries: 2 });
    cache.set("a", scope, output("a"), 1_000);
    cache.set("b", scope, output("b"), 1_000);
    expect(cache.get("a", 0)?.principalId).toBe("a");
    cache.set("c", scope, output("c"), 1_000);
    expect(cache.get("b", 0)).toBeUndefined();
    expect(cache.get("a", 0)?.principalId).toBe("a");
    expect(cache.get("c", 0)?.principalId).toBe("c");
    expect(cache.size).toBe(2);
  });

  it("flushes one stage's entries only (FlushStageAuthorizersCache)", () => {
    const cache = new AuthorizerResultCache();
    cache.set("p1", scope, output("p1"), 1_000);
    cache.set("p2", scope, output("p2"), 1_000);
    cache.set("d1", { apiId: "api1", stage: "dev" }, output("d1"), 1_000);
    cache.set("o1", { apiId: "api2", stage: "prod" }, output("o1"), 1_000);
    expect(cache.flushStage("api1", "prod")).toBe(2);
    expect(cache.get("p1", 0)).toBeUndefined();
    expect(cache.get("d1", 0)?.principalId).toBe("d1");
    expect(cache.get("o1", 0)?.principalId).toBe("o1");
    expect(cache.flushApi("api1")).toBe(1);
    expect(cache.size).toBe(1);
  });
});
