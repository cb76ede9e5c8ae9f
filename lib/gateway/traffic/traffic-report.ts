/**
 * What a traffic run reports to the workbench: totals, latency percentiles, one row per time bucket for the
 * charts (status codes over time, latency, cache hit ratio, throttling) and the first responses in full.
 * Counts follow the CloudWatch metrics of the same names where there is one.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html
 */
import type { LatencySummary } from "./nearest-rank-percentile";

export type StatusClass = "2xx" | "3xx" | "4xx" | "5xx";

export interface TrafficTotals {
  requests: number;
  /** Status code (as a string) to count. */
  byStatus: Record<string, number>;
  /** Answered by API Gateway's THROTTLED or QUOTA_EXCEEDED gateway response (429 unless customised). */
  throttled: number;
  /** The QUOTA_EXCEEDED share of `throttled`. */
  quotaExceeded: number;
  /** CacheHitCount: served from the stage cache. */
  cacheHits: number;
  /** CacheMissCount: looked up in an enabled stage cache and sent to the integration. */
  cacheMisses: number;
  /** 4XXError: any 4xx status, throttling included. */
  errors4xx: number;
  /** 5XXError. */
  errors5xx: number;
}

export interface TrafficBucket {
  /** Offset of the bucket's start from the first request, in simulated milliseconds. */
  startMs: number;
  /** Requests that arrived in [startMs, startMs + bucketMs). */
  count: number;
  byStatusClass: Record<StatusClass, number>;
  byStatus: Record<string, number>;
  throttled: number;
  cacheHits: number;
  cacheMisses: number;
  /** Nearest-rank latency percentiles of the bucket's requests; null for an empty bucket. */
  p50: number | null;
  p90: number | null;
  p99: number | null;
}

/** One response as the UI shows it, body cut to TRAFFIC_SAMPLE_BODY_BYTES. */
export interface TrafficSample {
  /** Position in the run (0-based). */
  index: number;
  atMs: number;
  statusCode: number;
  headers: Array<[string, string]>;
  /** UTF-8 text, or base64 when the engine answered bytes. */
  body: string;
  bodyEncoding: "text" | "base64";
  bodyTruncated: boolean;
  latencyMs: number;
  /** The gateway response type when API Gateway answered instead of the integration. */
  errorType?: string;
  cacheHit?: boolean;
}

export interface TrafficReport {
  totals: TrafficTotals;
  latency: LatencySummary;
  /** Every bucket from the first arrival to the last, empty ones included, oldest first. */
  buckets: TrafficBucket[];
  bucketMs: number;
  /** Simulated epoch milliseconds of the first request. */
  startedAtEpochMs: number;
  /** From the first arrival to the end of the slowest-finishing response, in simulated milliseconds. */
  durationSimulatedMs: number;
  /** Host milliseconds the run took (schedule, requests and report). */
  wallMs: number;
  samples: TrafficSample[];
}
