/**
 * The width of the chart's time buckets. By default the smallest "nice" width (1, 2 or 5 times a power of
 * ten milliseconds) that covers the run in at most 60 buckets, which gives between 24 and 60 of them; a
 * width the learner asks for is kept unless it would make more than MAX_TRAFFIC_BUCKETS.
 */

export const TARGET_TRAFFIC_BUCKETS = 60;
/** Keeps a tiny bucketSeconds over a long run from producing a chart of a million points. */
export const MAX_TRAFFIC_BUCKETS = 1_000;

/** @param spanMs the last arrival's offset (0 when every request arrives at once). */
export function chooseBucketMs(spanMs: number, bucketSeconds?: number): number {
  if (bucketSeconds !== undefined) {
    const asked = bucketSeconds * 1000;
    return Math.max(asked, toNiceMs(spanMs / MAX_TRAFFIC_BUCKETS));
  }
  return toNiceMs(spanMs / TARGET_TRAFFIC_BUCKETS);
}

/**
 * The smallest of 1, 2, 5, 10, 20, 50 ... milliseconds strictly greater than `ms`: then span/width < count,
 * so floor(span/width) + 1 buckets (the last arrival opens the last one) stay within count.
 */
function toNiceMs(ms: number): number {
  for (let magnitude = 1; ; magnitude *= 10)
    for (const step of [1, 2, 5]) if (step * magnitude > ms) return step * magnitude;
}
