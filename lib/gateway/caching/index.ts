/** The REST stage response cache: sizes and budgets, keys, TTL and LRU, invalidation, counters. */
export {
  CACHE_CLUSTER_SIZES,
  DEFAULT_BYTES_PER_SIMULATED_GB,
  MAX_CACHEABLE_RESPONSE_BYTES,
  toCacheBudgetBytes,
  toCacheCapacityBytes,
} from "./cache-cluster-size";
export { measureCachedResponse, utf8ByteLength, type CachedResponse } from "./cached-response";
export { toCacheKey, type CacheKeyScope } from "./to-cache-key";
export {
  MAX_CACHE_TTL_SECONDS,
  StageCache,
  type CacheMethod,
  type CacheStatistics,
  type StageCacheOptions,
  type StoreOutcome,
} from "./stage-cache";
export { CacheCounters, type MethodCacheCounts } from "./cache-counters";
export { resolveCachingSettings, type CachingSettings } from "./resolve-caching-settings";
export {
  CACHE_CONTROL_IGNORED_WARNING,
  decideCacheControl,
  requestsInvalidation,
  type CacheControlDecision,
  type CacheControlInput,
} from "./decide-cache-control";
export { StageCacheRegistry, type StageCacheRegistryOptions } from "./stage-cache-registry";
