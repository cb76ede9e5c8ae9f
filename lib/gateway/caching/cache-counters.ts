/** Hits and misses of one method, the CacheHitCount / CacheMissCount metrics' per-method dimension. */
export interface MethodCacheCounts {
  readonly resourcePath: string;
  readonly httpMethod: string;
  readonly hits: number;
  readonly misses: number;
}

/**
 * CacheHitCount ("requests served from the API cache") and CacheMissCount ("requests served from the
 * backend when API caching is enabled"), per resource and method.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html
 */
export class CacheCounters {
  private readonly byPath = new Map<string, Map<string, { hits: number; misses: number }>>();

  recordHit(resourcePath: string, httpMethod: string): void {
    this.countsFor(resourcePath, httpMethod).hits++;
  }

  recordMiss(resourcePath: string, httpMethod: string): void {
    this.countsFor(resourcePath, httpMethod).misses++;
  }

  /** Every method's counts, and the stage totals. */
  toCounts(): { hits: number; misses: number; methods: MethodCacheCounts[] } {
    const methods: MethodCacheCounts[] = [];
    let hits = 0;
    let misses = 0;
    for (const [resourcePath, byMethod] of this.byPath) {
      for (const [httpMethod, counts] of byMethod) {
        methods.push({ resourcePath, httpMethod, ...counts });
        hits += counts.hits;
        misses += counts.misses;
      }
    }
    return { hits, misses, methods };
  }

  private countsFor(resourcePath: string, httpMethod: string): { hits: number; misses: number } {
    let byMethod = this.byPath.get(resourcePath);
    if (!byMethod) {
      byMethod = new Map();
      this.byPath.set(resourcePath, byMethod);
    }
    let counts = byMethod.get(httpMethod);
    if (!counts) {
      counts = { hits: 0, misses: 0 };
      byMethod.set(httpMethod, counts);
    }
    return counts;
  }
}
