/**
 * A traffic report reshaped for the charts and tiles. Memoised by the components that call these, since a
 * run can have up to a thousand buckets.
 */
import type { ChartRow } from "@/app/_components/charts/chart-series";
import type { TrafficReport } from "@/lib/gateway/traffic";

/** CacheHitCount / (CacheHitCount + CacheMissCount) in percent; null when nothing was looked up. */
export function cacheHitRatio(hits: number, misses: number): number | null {
  const lookups = hits + misses;
  return lookups > 0 ? (hits / lookups) * 100 : null;
}

/**
 * Requests per bucket by status class, with throttled requests (429 THROTTLED / QUOTA_EXCEEDED) taken out of
 * 4xx into their own series so that the stack still adds up to the bucket's count.
 */
export function toStatusRows(report: TrafficReport): ChartRow[] {
  return report.buckets.map((bucket) => ({
    x: bucket.startMs,
    "2xx": bucket.byStatusClass["2xx"],
    "3xx": bucket.byStatusClass["3xx"],
    "4xx": Math.max(0, bucket.byStatusClass["4xx"] - bucket.throttled),
    throttled: bucket.throttled,
    "5xx": bucket.byStatusClass["5xx"],
  }));
}

export function toLatencyRows(report: TrafficReport): ChartRow[] {
  return report.buckets.map((bucket) => ({
    x: bucket.startMs,
    p50: bucket.p50,
    p90: bucket.p90,
    p99: bucket.p99,
  }));
}

export function toCacheRows(report: TrafficReport): ChartRow[] {
  return report.buckets.map((bucket) => ({
    x: bucket.startMs,
    hitRatio: cacheHitRatio(bucket.cacheHits, bucket.cacheMisses),
    cacheHits: bucket.cacheHits,
    cacheMisses: bucket.cacheMisses,
  }));
}

export interface TrafficSummary {
  requests: number;
  status2xx: number;
  status3xx: number;
  status4xx: number;
  status5xx: number;
  throttled: number;
  quotaExceeded: number;
  cacheHits: number;
  cacheMisses: number;
  /** Percent, null when the stage cache was never consulted. */
  cacheHitRatio: number | null;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
  durationSimulatedMs: number;
  wallMs: number;
  /** Requests per simulated second over the run; null for a run that took no simulated time. */
  averageRatePerSecond: number | null;
}

export function toTrafficSummary(report: TrafficReport): TrafficSummary {
  const byClass = { "2": 0, "3": 0, "4": 0, "5": 0 } as Record<string, number>;
  for (const [status, count] of Object.entries(report.totals.byStatus)) {
    const digit = status.charAt(0);
    if (digit in byClass) byClass[digit] = (byClass[digit] ?? 0) + count;
  }
  const { totals, latency } = report;
  return {
    requests: totals.requests,
    status2xx: byClass["2"] ?? 0,
    status3xx: byClass["3"] ?? 0,
    status4xx: totals.errors4xx,
    status5xx: totals.errors5xx,
    throttled: totals.throttled,
    quotaExceeded: totals.quotaExceeded,
    cacheHits: totals.cacheHits,
    cacheMisses: totals.cacheMisses,
    cacheHitRatio: cacheHitRatio(totals.cacheHits, totals.cacheMisses),
    p50: latency.p50,
    p90: latency.p90,
    p99: latency.p99,
    max: latency.max,
    mean: latency.mean,
    durationSimulatedMs: report.durationSimulatedMs,
    wallMs: report.wallMs,
    averageRatePerSecond:
      report.durationSimulatedMs > 0 ? totals.requests / (report.durationSimulatedMs / 1000) : null,
  };
}

/** Whether a transport answer looks like a traffic report (the route and the browser engine both send one). */
export function isTrafficReport(value: unknown): value is TrafficReport {
  if (typeof value !== "object" || value === null) return false;
  const report = value as Partial<TrafficReport>;
  return (
    typeof report.totals === "object" &&
    report.totals !== null &&
    typeof report.latency === "object" &&
    Array.isArray(report.buckets) &&
    Array.isArray(report.samples)
  );
}
