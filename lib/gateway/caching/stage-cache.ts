import type { CacheClusterSize } from "../control/types";
import { CacheCounters, type MethodCacheCounts } from "./cache-counters";
import {
  DEFAULT_BYTES_PER_SIMULATED_GB,
  MAX_CACHEABLE_RESPONSE_BYTES,
  toCacheBudgetBytes,
  toCacheCapacityBytes,
} from "./cache-cluster-size";
import { measureCachedResponse, type CachedResponse } from "./cached-response";

/** The longest TTL AWS allows (3600 s, not increasable). */
export const MAX_CACHE_TTL_SECONDS = 3600;

export interface StageCacheOptions {
  readonly clusterSize: CacheClusterSize;
  /** Host bytes per simulated GB (default 1 MiB): bounds the simulator's memory. */
  readonly bytesPerSimulatedGB?: number;
}

/** The method a lookup or store is for, to count hits and misses per method. */
export interface CacheMethod {
  readonly resourcePath: string;
  readonly httpMethod: string;
}

export type StoreOutcome =
  | { readonly stored: true; readonly bytes: number; readonly evicted: number }
  | { readonly stored: false; readonly reason: "TTL_ZERO" | "TOO_LARGE"; readonly bytes: number };

export interface CacheStatistics {
  readonly clusterSize: CacheClusterSize;
  /** What the cluster would hold in AWS. */
  readonly capacityBytes: number;
  /** What the simulator lets it hold. */
  readonly budgetBytes: number;
  readonly entryCount: number;
  readonly bytesUsed: number;
  readonly hits: number;
  readonly misses: number;
  readonly methods: MethodCacheCounts[];
}

interface Entry {
  readonly response: CachedResponse;
  readonly bytes: number;
  readonly expiresAtMs: number;
}

/**
 * One stage's response cache: entries expire after their TTL, the least recently used go first when the
 * cluster's byte budget is exceeded, and responses over 1,048,576 bytes are never cached.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
export class StageCache {
  readonly clusterSize: CacheClusterSize;
  readonly budgetBytes: number;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  private readonly entries = new Map<string, Entry>();
  private readonly counters = new CacheCounters();
  private bytesUsed = 0;

  constructor(options: StageCacheOptions) {
    this.clusterSize = options.clusterSize;
    this.budgetBytes = toCacheBudgetBytes(
      options.clusterSize,
      options.bytesPerSimulatedGB ?? DEFAULT_BYTES_PER_SIMULATED_GB,
    );
  }

  /** The cached response for a key, counting a hit or a miss for the method. */
  lookup(key: string, nowMs: number, method: CacheMethod): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAtMs > nowMs) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      this.counters.recordHit(method.resourcePath, method.httpMethod);
      return entry.response;
    }
    if (entry) this.remove(key, entry);
    this.counters.recordMiss(method.resourcePath, method.httpMethod);
    return undefined;
  }

  /**
   * Counts a request served from the backend without a lookup, e.g. one that invalidated its entry with
   * `Cache-Control: max-age=0`.
   */
  recordMiss(method: CacheMethod): void {
    this.counters.recordMiss(method.resourcePath, method.httpMethod);
  }

  /** Caches a response for `ttlSeconds` (capped at 3600; 0 caches nothing), replacing any entry. */
  store(key: string, response: CachedResponse, ttlSeconds: number, nowMs: number): StoreOutcome {
    const bytes = measureCachedResponse(response);
    if (!(ttlSeconds > 0)) return { stored: false, reason: "TTL_ZERO", bytes };
    if (bytes > MAX_CACHEABLE_RESPONSE_BYTES) return { stored: false, reason: "TOO_LARGE", bytes };
    this.invalidate(key);
    const ttlMs = Math.min(ttlSeconds, MAX_CACHE_TTL_SECONDS) * 1000;
    this.entries.set(key, { response, bytes, expiresAtMs: nowMs + ttlMs });
    this.bytesUsed += bytes;
    return { stored: true, bytes, evicted: this.evictOverBudget() };
  }

  /** Drops one entry (per-key invalidation). */
  invalidate(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.remove(key, entry);
    return true;
  }

  /** FlushStageCache: every entry goes; counters stay (they are metrics, not cache content). */
  flush(): void {
    this.entries.clear();
    this.bytesUsed = 0;
  }

  statistics(): CacheStatistics {
    return {
      clusterSize: this.clusterSize,
      capacityBytes: toCacheCapacityBytes(this.clusterSize),
      budgetBytes: this.budgetBytes,
      entryCount: this.entries.size,
      bytesUsed: this.bytesUsed,
      ...this.counters.toCounts(),
    };
  }

  private evictOverBudget(): number {
    let evicted = 0;
    for (const [key, entry] of this.entries) {
      if (this.bytesUsed <= this.budgetBytes) break;
      this.remove(key, entry);
      evicted++;
    }
    return evicted;
  }

  private remove(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.bytesUsed -= entry.bytes;
  }
}
