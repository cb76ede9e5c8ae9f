/**
 * Collects one run's results as they come, keeping only counters, one latency per request and the first
 * samples (no traces, no bodies), then builds the TrafficReport.
 */
import type { InvocationResult } from "../create-rest-data-plane";
import { summarizeLatencies } from "./nearest-rank-percentile";
import { summarizeBuckets, type BucketCounters } from "./summarize-buckets";
import { toTrafficSample, TRAFFIC_SAMPLE_COUNT } from "./to-traffic-sample";
import type { StatusClass, TrafficReport, TrafficSample, TrafficTotals } from "./traffic-report";

/** Gateway response types that mean API Gateway refused the request for its rate or quota (spec 3.1, 3.3). */
const THROTTLING_TYPES = new Set(["THROTTLED", "QUOTA_EXCEEDED"]);

export class TrafficRecorder {
  private readonly latencies: Float64Array;
  private readonly bucketOf: Int32Array;
  private readonly buckets: BucketCounters[];
  private readonly samples: TrafficSample[] = [];
  private readonly totals: TrafficTotals = {
    requests: 0,
    byStatus: {},
    throttled: 0,
    quotaExceeded: 0,
    cacheHits: 0,
    cacheMisses: 0,
    errors4xx: 0,
    errors5xx: 0,
  };
  private lastEndMs = 0;

  constructor(
    total: number,
    private readonly bucketMs: number,
    spanMs: number,
  ) {
    this.latencies = new Float64Array(total);
    this.bucketOf = new Int32Array(total);
    this.buckets = Array.from({ length: Math.floor(spanMs / bucketMs) + 1 }, () => newCounters());
  }

  record(index: number, atMs: number, result: InvocationResult): void {
    const status = result.response.statusCode;
    const throttled = result.errorType !== undefined && THROTTLING_TYPES.has(result.errorType);
    const bucketIndex = Math.min(Math.floor(atMs / this.bucketMs), this.buckets.length - 1);
    const bucket = this.buckets[bucketIndex]!;
    this.latencies[index] = result.latencyMs;
    this.bucketOf[index] = bucketIndex;
    this.lastEndMs = Math.max(this.lastEndMs, atMs + result.latencyMs);
    if (index < TRAFFIC_SAMPLE_COUNT) this.samples.push(toTrafficSample(index, atMs, result));

    const totals = this.totals;
    totals.requests++;
    bucket.count++;
    increment(totals.byStatus, String(status));
    increment(bucket.byStatus, String(status));
    const statusClass = toStatusClass(status);
    if (statusClass) bucket.byStatusClass[statusClass]++;
    if (statusClass === "4xx") totals.errors4xx++;
    if (statusClass === "5xx") totals.errors5xx++;
    if (throttled) {
      totals.throttled++;
      bucket.throttled++;
      if (result.errorType === "QUOTA_EXCEEDED") totals.quotaExceeded++;
    }
    // `cacheHit` is undefined when the method has no cache: neither a hit nor a miss (CloudWatch counts it in neither).
    if (result.cacheHit === true) {
      totals.cacheHits++;
      bucket.cacheHits++;
    } else if (result.cacheHit === false) {
      totals.cacheMisses++;
      bucket.cacheMisses++;
    }
  }

  toReport(timing: { startedAtEpochMs: number; wallMs: number }): TrafficReport {
    const recorded = this.latencies.subarray(0, this.totals.requests);
    return {
      totals: this.totals,
      latency: summarizeLatencies(Float64Array.from(recorded).sort()),
      buckets: summarizeBuckets(this.buckets, this.bucketMs, recorded, this.bucketOf),
      bucketMs: this.bucketMs,
      startedAtEpochMs: timing.startedAtEpochMs,
      durationSimulatedMs: this.lastEndMs,
      wallMs: timing.wallMs,
      samples: this.samples,
    };
  }
}

function newCounters(): BucketCounters {
  return {
    count: 0,
    byStatusClass: { "2xx": 0, "3xx": 0, "4xx": 0, "5xx": 0 },
    byStatus: {},
    throttled: 0,
    cacheHits: 0,
    cacheMisses: 0,
  };
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

function toStatusClass(status: number): StatusClass | undefined {
  if (status >= 200 && status < 300) return "2xx";
  if (status >= 300 && status < 400) return "3xx";
  if (status >= 400 && status < 500) return "4xx";
  if (status >= 500 && status < 600) return "5xx";
  return undefined;
}
