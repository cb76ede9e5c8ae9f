/**
 * Weighted choice over a fixed list: one draw from the Random port per pick, so the same seed gives the same
 * sequence of picks (and a list of one weight draws nothing).
 */
import type { Random } from "../ports";

/** A picker answering an index into `weights`, each chosen with probability weight / sum of weights. */
export function createWeightedPicker(weights: readonly number[], random: Random): () => number {
  if (weights.length === 0) throw new RangeError("a weighted pick needs at least one weight");
  if (weights.length === 1) return () => 0;
  const cumulative: number[] = [];
  let sum = 0;
  for (const weight of weights) {
    if (!(weight > 0) || !Number.isFinite(weight))
      throw new RangeError(`weights must be finite and positive (${weight})`);
    sum += weight;
    cumulative.push(sum);
  }
  const last = weights.length - 1;
  return () => {
    const target = random.next() * sum;
    for (let i = 0; i < last; i++) if (target < cumulative[i]!) return i;
    return last;
  };
}
