/**
 * Latency percentiles by the nearest-rank method: the P-th percentile of n ascending values is the value of
 * rank ⌈P·n/100⌉ (1-based), so it is always one of the observed values. CloudWatch does not document how it
 * computes its pNN statistics; see DEVIATIONS.md.
 * @see https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Statistics-definitions.html
 */

export interface LatencySummary {
  p50: number;
  p90: number;
  p99: number;
  max: number;
  mean: number;
}

/** The P-th percentile (0 < P ≤ 100) of values already sorted ascending; NaN when there are none. */
export function nearestRankPercentile(sortedAscending: ArrayLike<number>, percent: number): number {
  const n = sortedAscending.length;
  if (n === 0) return Number.NaN;
  const rank = Math.min(n, Math.max(1, Math.ceil((percent * n) / 100)));
  return sortedAscending[rank - 1]!;
}

/** p50, p90, p99, max and mean of values already sorted ascending (at least one). */
export function summarizeLatencies(sortedAscending: ArrayLike<number>): LatencySummary {
  let sum = 0;
  for (let i = 0; i < sortedAscending.length; i++) sum += sortedAscending[i]!;
  return {
    p50: nearestRankPercentile(sortedAscending, 50),
    p90: nearestRankPercentile(sortedAscending, 90),
    p99: nearestRankPercentile(sortedAscending, 99),
    max: sortedAscending[sortedAscending.length - 1] ?? Number.NaN,
    mean: sortedAscending.length === 0 ? Number.NaN : sum / sortedAscending.length,
  };
}
