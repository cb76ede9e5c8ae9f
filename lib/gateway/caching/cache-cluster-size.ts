import type { CacheClusterSize } from "../control/types";

/** The sizes AWS offers, in GB (API enum `CacheClusterSize`). */
export const CACHE_CLUSTER_SIZES: readonly CacheClusterSize[] = [
  "0.5",
  "1.6",
  "6.1",
  "13.5",
  "28.4",
  "58.2",
  "118",
  "237",
];

/** The largest response API Gateway caches (DOC). */
export const MAX_CACHEABLE_RESPONSE_BYTES = 1_048_576;

/**
 * How many bytes of host memory stand for one GB of simulated cache. At 1 MiB per GB the largest cluster
 * (237 GB) costs at most 237 MiB of host memory and the smallest (0.5 GB) still holds one maximum-size
 * response; eviction behaves as in AWS, only ~1,000 times sooner. Raise it for labs that fill a cache.
 */
export const DEFAULT_BYTES_PER_SIMULATED_GB = 1_048_576;

const BYTES_PER_GB = 1024 ** 3;

/** What the cluster holds in AWS, in bytes (GB taken as 2^30 bytes). */
export function toCacheCapacityBytes(size: CacheClusterSize): number {
  return Math.round(Number(size) * BYTES_PER_GB);
}

/**
 * The simulator's byte budget for a cluster: `size × bytesPerSimulatedGB`, never less than one
 * maximum-size response, so every response AWS would cache can be cached here.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
export function toCacheBudgetBytes(
  size: CacheClusterSize,
  bytesPerSimulatedGB = DEFAULT_BYTES_PER_SIMULATED_GB,
): number {
  return Math.max(MAX_CACHEABLE_RESPONSE_BYTES, Math.round(Number(size) * bytesPerSimulatedGB));
}
