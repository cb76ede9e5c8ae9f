/**
 * The execution environments of every function, as Lambda keeps them: an invocation reuses an idle environment of
 * the function's current code and configuration (a warm start) or needs a new one (a cold start); an invocation
 * that starts while another is still running on the virtual timeline gets its own environment; environments idle
 * for too long are reclaimed, and a new deployment retires the old ones.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html
 */
import type { LambdaContainer } from "./lambda-container";
import type { LambdaRuntimeStats } from "./types";

interface PoolEntry {
  readonly container: LambdaContainer;
  readonly generation: number;
}

export class ContainerPool {
  private readonly entries = new Map<string, PoolEntry[]>();
  private nextReclaimAt = Number.NEGATIVE_INFINITY;
  private readonly counters = new Map<
    string,
    { coldStarts: number; warmStarts: number; throttles: number }
  >();

  /** The most recently used idle environment of this generation that is free at `now`, if any. */
  takeWarm(functionName: string, generation: number, now: number): LambdaContainer | undefined {
    let best: LambdaContainer | undefined;
    for (const { container, generation: g } of this.entries.get(functionName) ?? []) {
      const free = container.alive && !container.inFlight && container.busyUntil <= now && g === generation;
      if (free && (best === undefined || container.busyUntil > best.busyUntil)) best = container;
    }
    if (best !== undefined) this.countersOf(functionName).warmStarts++;
    return best;
  }

  add(functionName: string, generation: number, container: LambdaContainer): void {
    this.countersOf(functionName).coldStarts++;
    const list = this.entries.get(functionName) ?? [];
    list.push({ container, generation });
    this.entries.set(functionName, list);
  }

  recordThrottle(functionName: string): void {
    this.countersOf(functionName).throttles++;
  }

  /** Environments alive (all functions, or one). */
  countAlive(functionName?: string): number {
    const lists =
      functionName === undefined ? [...this.entries.values()] : [this.entries.get(functionName) ?? []];
    return lists.reduce((sum, list) => sum + list.filter((e) => e.container.alive).length, 0);
  }

  /** Environments running an invocation at `now` (in flight on the host or busy on the virtual timeline). */
  countBusy(now: number): number {
    let busy = 0;
    for (const list of this.entries.values()) {
      for (const { container } of list)
        if (container.alive && (container.inFlight || container.busyUntil > now)) busy++;
    }
    return busy;
  }

  /**
   * Disposes environments that are dead, of an old generation and idle, or idle for `idleMs`. Unless forced, a
   * sweep runs at most once per virtual second, so the warm path does not walk every environment.
   */
  reclaim(
    now: number,
    idleMs: number,
    currentGeneration: (functionName: string) => number | undefined,
    force = false,
  ): void {
    if (!force && now < this.nextReclaimAt) return;
    this.nextReclaimAt = now + Math.min(idleMs, 1_000);
    for (const [functionName, list] of this.entries) {
      const generation = currentGeneration(functionName);
      const kept = list.filter(({ container, generation: g }) => {
        if (container.inFlight) return true;
        const stale = !container.alive || g !== generation || container.busyUntil + idleMs <= now;
        if (stale) container.dispose();
        return !stale;
      });
      if (kept.length === 0) this.entries.delete(functionName);
      else this.entries.set(functionName, kept);
    }
  }

  /** Counters for one function, or summed over all of them. */
  stats(functionName?: string): LambdaRuntimeStats {
    const one = functionName === undefined ? undefined : this.counters.get(functionName);
    const all = functionName === undefined ? [...this.counters.values()] : one === undefined ? [] : [one];
    return {
      coldStarts: all.reduce((sum, c) => sum + c.coldStarts, 0),
      warmStarts: all.reduce((sum, c) => sum + c.warmStarts, 0),
      throttles: all.reduce((sum, c) => sum + c.throttles, 0),
      containersAlive: this.countAlive(functionName),
    };
  }

  private countersOf(functionName: string): { coldStarts: number; warmStarts: number; throttles: number } {
    let counters = this.counters.get(functionName);
    if (counters === undefined) {
      counters = { coldStarts: 0, warmStarts: 0, throttles: 0 };
      this.counters.set(functionName, counters);
    }
    return counters;
  }

  disposeAll(): void {
    for (const list of this.entries.values()) for (const { container } of list) container.dispose();
    this.entries.clear();
  }
}
