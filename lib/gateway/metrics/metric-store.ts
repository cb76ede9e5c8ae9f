/**
 * CloudWatch-style metrics for REST APIs in one-minute buckets, namespace AWS/ApiGateway: Count, 4XXError,
 * 5XXError, Latency, IntegrationLatency, CacheHitCount, CacheMissCount, by ApiName, ApiName+Stage and
 * ApiName+Method+Resource+Stage. Memory is bounded: each series keeps `retentionMinutes` buckets.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html
 */

export type MetricName =
  "Count" | "4XXError" | "5XXError" | "Latency" | "IntegrationLatency" | "CacheHitCount" | "CacheMissCount";

export interface MetricDimensions {
  ApiName: string;
  Stage?: string;
  Method?: string;
  Resource?: string;
}

export interface RequestDatapoint {
  status: number;
  latencyMs: number;
  integrationLatencyMs?: number;
  /** true = served from the cache, false = cache enabled but missed, undefined = no cache. */
  cacheHit?: boolean;
}

export interface Statistics {
  SampleCount: number;
  Sum: number;
  Minimum: number;
  Maximum: number;
  Average: number;
}

export interface MetricPoint extends Statistics {
  /** Start of the minute, epoch ms. */
  Timestamp: number;
}

const MINUTE = 60_000;

class Accumulator {
  count = 0;
  sum = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  add(value: number): void {
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
  }
}

type Bucket = Partial<Record<MetricName, Accumulator>>;

function seriesKey(d: MetricDimensions): string {
  return [d.ApiName, d.Stage ?? "", d.Method ?? "", d.Resource ?? ""].join("\u0000");
}

export class MetricStore {
  private readonly series = new Map<string, Map<number, Bucket>>();

  constructor(private readonly retentionMinutes = 24 * 60) {}

  private bucket(dimensions: MetricDimensions, minute: number): Bucket {
    const key = seriesKey(dimensions);
    let buckets = this.series.get(key);
    if (!buckets) this.series.set(key, (buckets = new Map()));
    let bucket = buckets.get(minute);
    if (!bucket) {
      buckets.set(minute, (bucket = {}));
      const oldest = minute - this.retentionMinutes * MINUTE;
      for (const m of buckets.keys()) if (m < oldest) buckets.delete(m);
    }
    return bucket;
  }

  private add(bucket: Bucket, name: MetricName, value: number): void {
    (bucket[name] ??= new Accumulator()).add(value);
  }

  /** Records one request under the API, API+stage and API+method+resource+stage series. */
  record(at: number, dims: Required<MetricDimensions>, point: RequestDatapoint): void {
    const minute = Math.floor(at / MINUTE) * MINUTE;
    const levels: MetricDimensions[] = [
      { ApiName: dims.ApiName },
      { ApiName: dims.ApiName, Stage: dims.Stage },
      dims,
    ];
    for (const level of levels) {
      const bucket = this.bucket(level, minute);
      this.add(bucket, "Count", 1);
      this.add(bucket, "4XXError", point.status >= 400 && point.status < 500 ? 1 : 0);
      this.add(bucket, "5XXError", point.status >= 500 ? 1 : 0);
      this.add(bucket, "Latency", point.latencyMs);
      if (point.integrationLatencyMs !== undefined)
        this.add(bucket, "IntegrationLatency", point.integrationLatencyMs);
      if (point.cacheHit !== undefined) {
        this.add(bucket, "CacheHitCount", point.cacheHit ? 1 : 0);
        this.add(bucket, "CacheMissCount", point.cacheHit ? 0 : 1);
      }
    }
  }

  /** GetMetricStatistics over [start, end) with `periodMinutes` aggregation; empty periods are omitted. */
  getStatistics(
    metric: MetricName,
    dimensions: MetricDimensions,
    start: number,
    end: number,
    periodMinutes = 1,
  ): MetricPoint[] {
    const buckets = this.series.get(seriesKey(dimensions));
    if (!buckets) return [];
    const period = periodMinutes * MINUTE;
    const merged = new Map<number, Accumulator>();
    for (const [minute, bucket] of buckets) {
      const acc = bucket[metric];
      if (!acc || minute < start || minute >= end) continue;
      const slot = Math.floor(minute / period) * period;
      let into = merged.get(slot);
      if (!into) merged.set(slot, (into = new Accumulator()));
      into.count += acc.count;
      into.sum += acc.sum;
      into.min = Math.min(into.min, acc.min);
      into.max = Math.max(into.max, acc.max);
    }
    return [...merged.entries()]
      .sort(([a], [b]) => a - b)
      .map(([Timestamp, a]) => ({
        Timestamp,
        SampleCount: a.count,
        Sum: a.sum,
        Minimum: a.min,
        Maximum: a.max,
        Average: a.count ? a.sum / a.count : 0,
      }));
  }

  seriesCount(): number {
    return this.series.size;
  }
}
