/**
 * When request `index` of `total` arrives under a pattern, in milliseconds after the first one. Exact
 * arithmetic, no accumulated steps: a constant rate r puts request i at i*1000/r; a burst of N every S seconds
 * puts request i at floor(i/N)*S*1000; a ramp from rate a to rate b over the run puts request i where the
 * integral of the rate reaches i.
 */
import type { TrafficPattern } from "./traffic-plan";

export function toArrivalOffsetMs(pattern: TrafficPattern, index: number, total: number): number {
  switch (pattern.kind) {
    case "constant":
      return (index * 1000) / pattern.ratePerSecond;
    case "burst":
      return Math.floor(index / pattern.burstSize) * pattern.everySeconds * 1000;
    case "ramp":
      return toRampOffsetMs(pattern.fromRatePerSecond, pattern.toRatePerSecond, index, total);
  }
}

/**
 * The ramp's rate goes linearly from `from` to `to` over the run's duration T, chosen so that the rate's
 * integral over T is `total` (T = 2·total / (from + to)). Request i arrives at the t where
 * from·t + k·t² = i, with k = (to − from) / 2T; the root is written 2i / (from + √(from² + 4ki)) so that it
 * stays exact for k near 0 and stable for a falling ramp (from² + 4ki ≥ to² ≥ 0 for every i ≤ total).
 */
export function toRampOffsetMs(from: number, to: number, index: number, total: number): number {
  if (index === 0) return 0;
  const durationSeconds = (2 * total) / (from + to);
  const k = (to - from) / (2 * durationSeconds);
  const discriminant = Math.max(0, from * from + 4 * k * index);
  return ((2 * index) / (from + Math.sqrt(discriminant))) * 1000;
}
