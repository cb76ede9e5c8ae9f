import type { Stage } from "../control/types";
import { StageCache, type CacheStatistics } from "./stage-cache";

export interface StageCacheRegistryOptions {
  /** Host bytes per simulated GB for every cache of this registry (default 1 MiB). */
  readonly bytesPerSimulatedGB?: number;
}

/**
 * The stage caches of one account (sandbox), keyed by API and stage. A cache exists while its stage has
 * `cacheClusterEnabled`; changing the size replaces it empty, as resizing does in AWS ("deletes the
 * instance and all cached data").
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html
 */
export class StageCacheRegistry {
  private readonly caches = new Map<string, StageCache>();

  constructor(private readonly options: StageCacheRegistryOptions = {}) {}

  /** The stage's cache, created or resized to match the stage; undefined when it has no cache cluster. */
  cacheFor(
    apiId: string,
    stage: Pick<Stage, "stageName" | "cacheClusterEnabled" | "cacheClusterSize">,
  ): StageCache | undefined {
    const key = toKey(apiId, stage.stageName);
    const existing = this.caches.get(key);
    if (!stage.cacheClusterEnabled) {
      if (existing) this.caches.delete(key);
      return undefined;
    }
    const clusterSize = stage.cacheClusterSize ?? "0.5";
    if (existing?.clusterSize === clusterSize) return existing;
    const cache = new StageCache({ clusterSize, bytesPerSimulatedGB: this.options.bytesPerSimulatedGB });
    this.caches.set(key, cache);
    return cache;
  }

  /** FlushStageCache. False when the stage has no cache. */
  flush(apiId: string, stageName: string): boolean {
    const cache = this.caches.get(toKey(apiId, stageName));
    cache?.flush();
    return cache !== undefined;
  }

  /** Forgets a stage's cache (stage deleted, or cache cluster disabled). */
  remove(apiId: string, stageName: string): void {
    this.caches.delete(toKey(apiId, stageName));
  }

  statistics(apiId: string, stageName: string): CacheStatistics | undefined {
    return this.caches.get(toKey(apiId, stageName))?.statistics();
  }
}

function toKey(apiId: string, stageName: string): string {
  return `${apiId}/${stageName}`;
}
