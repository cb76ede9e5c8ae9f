/**
 * The chart rows: each bucket's counters plus the nearest-rank percentiles of the latencies of the requests
 * that arrived in it. Latencies are grouped by bucket with one counting pass, then each group is sorted.
 */
import { nearestRankPercentile } from "./nearest-rank-percentile";
import type { TrafficBucket } from "./traffic-report";

export type BucketCounters = Omit<TrafficBucket, "startMs" | "p50" | "p90" | "p99">;

export function summarizeBuckets(
  counters: readonly BucketCounters[],
  bucketMs: number,
  latencies: Float64Array,
  bucketOf: Int32Array,
): TrafficBucket[] {
  const starts = new Int32Array(counters.length + 1);
  for (let b = 0; b < counters.length; b++) starts[b + 1] = starts[b]! + counters[b]!.count;
  const grouped = new Float64Array(latencies.length);
  const next = starts.slice(0, counters.length);
  for (let i = 0; i < latencies.length; i++) grouped[next[bucketOf[i]!]!++] = latencies[i]!;
  return counters.map((bucket, b) => {
    const sorted = grouped.subarray(starts[b]!, starts[b + 1]!).sort();
    const empty = sorted.length === 0;
    return {
      startMs: b * bucketMs,
      ...bucket,
      p50: empty ? null : nearestRankPercentile(sorted, 50),
      p90: empty ? null : nearestRankPercentile(sorted, 90),
      p99: empty ? null : nearestRankPercentile(sorted, 99),
    };
  });
}
