import { TokenBucket } from "./token-bucket";

/* eslint-disable @typescript-eslint/no-explicit-any -- levels are maps of maps down to a fixed depth */
type Level = Map<string, any>;

/**
 * Token buckets addressed by a fixed-length path of names (plan, key, API, stage, resource, method).
 * Nested maps over names the configuration already holds avoid building and hashing a composite key
 * string per request, which was most of the cost on the throttling hot path (~35 ns for 4 levels against
 * ~120 ns for a joined string key).
 */
export class BucketTree {
  private readonly root: Level = new Map();
  private count = 0;

  /** @param depth the number of names in every path given to this tree. */
  constructor(private readonly depth: number) {}

  /** Takes a token from the bucket at `path`, creating it full with these limits if absent. */
  take(path: readonly string[], rateLimit: number, burstLimit: number, nowMs: number): boolean {
    let level = this.root;
    for (let i = 0; i < this.depth - 1; i++) {
      const name = path[i] as string;
      let next = level.get(name) as Level | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(name, next);
      }
      level = next;
    }
    const leaf = path[this.depth - 1] as string;
    let bucket = level.get(leaf) as TokenBucket | undefined;
    if (bucket === undefined) {
      bucket = new TokenBucket(rateLimit, burstLimit, nowMs);
      level.set(leaf, bucket);
      this.count++;
    } else bucket.configure(rateLimit, burstLimit, nowMs);
    return bucket.tryTake(nowMs);
  }

  /** Drops full buckets (a new bucket starts full, so nothing changes but memory) and emptied levels. */
  sweep(nowMs: number): void {
    this.count = this.sweepLevel(this.root, 1, nowMs);
  }

  get size(): number {
    return this.count;
  }

  private sweepLevel(level: Level, depth: number, nowMs: number): number {
    let kept = 0;
    for (const [name, child] of level) {
      const below =
        depth === this.depth
          ? (child as TokenBucket).isFull(nowMs)
            ? 0
            : 1
          : this.sweepLevel(child as Level, depth + 1, nowMs);
      if (below === 0) level.delete(name);
      kept += below;
    }
    return kept;
  }
}
