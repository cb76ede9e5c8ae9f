import { describe, expect, it } from "vitest";
import {
  CACHE_CLUSTER_SIZES,
  MAX_CACHEABLE_RESPONSE_BYTES,
  StageCache,
  measureCachedResponse,
  toCacheBudgetBytes,
  toCacheCapacityBytes,
  utf8ByteLength,
  type CachedResponse,
} from "@/lib/gateway/caching";

const T0 = Date.UTC(2026, 0, 1);
const getPets = { resourcePath: "/pets", httpMethod: "GET" };

function response(body: string | Uint8Array, headers: [string, string][] = []): CachedResponse {
  return { statusCode: 200, headers, body };
}

describe("cache cluster sizes", () => {
  it("offers AWS's eight sizes", () => {
    expect(CACHE_CLUSTER_SIZES).toEqual(["0.5", "1.6", "6.1", "13.5", "28.4", "58.2", "118", "237"]);
  });

  it("budgets 1 MiB of host memory per simulated GB, never less than one maximum-size response", () => {
    expect(toCacheBudgetBytes("237")).toBe(237 * 1_048_576);
    expect(toCacheBudgetBytes("1.6")).toBe(Math.round(1.6 * 1_048_576));
    expect(toCacheBudgetBytes("0.5")).toBe(1_048_576);
    expect(toCacheBudgetBytes("6.1", 1_000)).toBe(1_048_576);
    expect(toCacheBudgetBytes("118", 1_000_000)).toBe(118_000_000);
  });

  it("reports the real capacity of the cluster", () => {
    expect(toCacheCapacityBytes("0.5")).toBe(536_870_912);
    expect(toCacheCapacityBytes("237")).toBe(237 * 1024 ** 3);
  });
});

describe("StageCache", () => {
  it("misses, then hits after a store, counting both for the method", () => {
    const cache = new StageCache({ clusterSize: "0.5" });
    expect(cache.lookup("k", T0, getPets)).toBeUndefined();
    const cached = response('{"id":1}', [["Content-Type", "application/json"]]);
    expect(cache.store("k", cached, 300, T0)).toEqual({ stored: true, bytes: 36, evicted: 0 });
    expect(cache.lookup("k", T0 + 1, getPets)).toBe(cached);
    expect(cache.statistics()).toMatchObject({
      entryCount: 1,
      bytesUsed: 36,
      hits: 1,
      misses: 1,
      methods: [{ resourcePath: "/pets", httpMethod: "GET", hits: 1, misses: 1 }],
    });
  });

  it("expires an entry exactly when its TTL has passed", () => {
    const cache = new StageCache({ clusterSize: "0.5" });
    cache.store("k", response("x"), 300, T0);
    expect(cache.lookup("k", T0 + 299_999, getPets)).toBeDefined();
    expect(cache.lookup("k", T0 + 300_000, getPets)).toBeUndefined();
    expect(cache.statistics()).toMatchObject({ entryCount: 0, bytesUsed: 0 });
  });

  it("caches nothing with a TTL of 0 and caps TTLs at 3600 seconds", () => {
    const cache = new StageCache({ clusterSize: "0.5" });
    expect(cache.store("k", response("x"), 0, T0)).toEqual({ stored: false, reason: "TTL_ZERO", bytes: 1 });
    cache.store("k", response("x"), 86_400, T0);
    expect(cache.lookup("k", T0 + 3_599_999, getPets)).toBeDefined();
    expect(cache.lookup("k", T0 + 3_600_000, getPets)).toBeUndefined();
  });

  it("caches a response of 1,048,576 bytes but not one byte more", () => {
    const cache = new StageCache({ clusterSize: "0.5" });
    const limit = new Uint8Array(MAX_CACHEABLE_RESPONSE_BYTES);
    expect(cache.store("a", response(limit), 300, T0)).toMatchObject({ stored: true });
    expect(cache.store("b", response(new Uint8Array(MAX_CACHEABLE_RESPONSE_BYTES + 1)), 300, T0)).toEqual({
      stored: false,
      reason: "TOO_LARGE",
      bytes: 1_048_577,
    });
  });

  it("evicts the least recently used entries when over its byte budget", () => {
    const cache = new StageCache({ clusterSize: "0.5", bytesPerSimulatedGB: 1 });
    const quarter = () => response(new Uint8Array(300_000));
    cache.store("a", quarter(), 300, T0);
    cache.store("b", quarter(), 300, T0);
    cache.store("c", quarter(), 300, T0);
    cache.lookup("a", T0, getPets);
    expect(cache.store("d", quarter(), 300, T0)).toEqual({ stored: true, bytes: 300_000, evicted: 1 });
    expect(cache.lookup("b", T0, getPets)).toBeUndefined();
    expect(cache.lookup("a", T0, getPets)).toBeDefined();
    expect(cache.statistics()).toMatchObject({ entryCount: 3, bytesUsed: 900_000, budgetBytes: 1_048_576 });
  });

  it("replaces an entry stored again under the same key", () => {
    const cache = new StageCache({ clusterSize: "0.5" });
    cache.store("k", response("old"), 300, T0);
    cache.store("k", response("newer"), 300, T0);
    expect(cache.lookup("k", T0, getPets)?.body).toBe("newer");
    expect(cache.statistics()).toMatchObject({ entryCount: 1, bytesUsed: 5 });
  });

  it("empties on flush but keeps its hit and miss counts", () => {
    const cache = new StageCache({ clusterSize: "0.5" });
    cache.store("k", response("x"), 300, T0);
    cache.lookup("k", T0, getPets);
    cache.flush();
    expect(cache.lookup("k", T0, getPets)).toBeUndefined();
    expect(cache.statistics()).toMatchObject({ entryCount: 0, bytesUsed: 0, hits: 1, misses: 1 });
  });

  it("drops one entry on invalidation and counts a bypassing request as a miss", () => {
    const cache = new StageCache({ clusterSize: "0.5" });
    cache.store("k", response("x"), 300, T0);
    expect(cache.invalidate("k")).toBe(true);
    expect(cache.invalidate("k")).toBe(false);
    cache.recordMiss(getPets);
    expect(cache.statistics()).toMatchObject({ entryCount: 0, misses: 1, hits: 0 });
  });
});

describe("response sizes", () => {
  it("measures UTF-8 bytes of body and headers", () => {
    expect(utf8ByteLength("aé€😀")).toBe(1 + 2 + 3 + 4);
    expect(measureCachedResponse(response("é", [["X-A", "b"]]))).toBe(2 + 3 + 1);
  });
});
