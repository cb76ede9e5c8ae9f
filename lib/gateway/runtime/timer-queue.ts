/**
 * An execution environment's pending timers, due at virtual epoch milliseconds. They only fire while the
 * environment runs (a frozen environment runs nothing); one that came due meanwhile fires as soon as the next
 * invocation runs the event loop. Ordered by due time, then by creation, as Node fires timers of equal due time
 * in the order they were set. A binary heap with lazy
 * deletion keeps thousands of timers cheap.
 */
export interface PendingTimer {
  readonly id: number;
  readonly dueAt: number;
  readonly seq: number;
}

interface TimerState {
  readonly intervalMs: number | undefined;
  ref: boolean;
  /** The seq of the heap entry that is current for this timer; older entries are stale. */
  seq: number;
}

/** Node keeps no such limit; an environment may not hold more, so a guest cannot exhaust host memory with timers. */
export const MAX_PENDING_TIMERS = 10_000;

export class TooManyTimersError extends RangeError {
  constructor() {
    super(`Too many pending timers in this execution environment (limit ${MAX_PENDING_TIMERS})`);
  }
}

export class TimerQueue {
  private readonly states = new Map<number, TimerState>();
  private readonly heap: PendingTimer[] = [];
  private nextId = 1;
  private nextSeq = 0;
  private refCount = 0;

  /** Schedules a timer `delayMs` after `now`; an interval repeats every `delayMs`. */
  add(now: number, delayMs: number, repeat: boolean): number {
    if (this.states.size >= MAX_PENDING_TIMERS) throw new TooManyTimersError();
    const id = this.nextId++;
    const seq = this.nextSeq++;
    this.states.set(id, { intervalMs: repeat ? delayMs : undefined, ref: true, seq });
    this.refCount++;
    this.push({ id, dueAt: now + delayMs, seq });
    return id;
  }

  clear(id: number): void {
    const state = this.states.get(id);
    if (state === undefined) return;
    if (state.ref) this.refCount--;
    this.states.delete(id);
  }

  setRef(id: number, ref: boolean): void {
    const state = this.states.get(id);
    if (state === undefined || state.ref === ref) return;
    state.ref = ref;
    this.refCount += ref ? 1 : -1;
  }

  /** True while a timer keeps Node's event loop alive (an unref'd timer does not). */
  hasRef(): boolean {
    return this.refCount > 0;
  }

  get size(): number {
    return this.states.size;
  }

  peek(): PendingTimer | undefined {
    for (;;) {
      const top = this.heap[0];
      if (top === undefined || this.states.get(top.id)?.seq === top.seq) return top;
      this.pop();
    }
  }

  /** Takes the earliest timer off the queue to fire it; an interval goes back in for its next period. */
  take(timer: PendingTimer): void {
    this.pop();
    const state = this.states.get(timer.id);
    if (state === undefined) return;
    if (state.intervalMs === undefined) {
      this.clear(timer.id);
      return;
    }
    state.seq = this.nextSeq++;
    this.push({ id: timer.id, dueAt: timer.dueAt + state.intervalMs, seq: state.seq });
  }

  private push(entry: PendingTimer): void {
    if (this.heap.length > 2 * this.states.size + 1024) this.dropStaleEntries();
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!isBefore(entry, heap[parent] as PendingTimer)) break;
      heap[i] = heap[parent] as PendingTimer;
      i = parent;
    }
    heap[i] = entry;
  }

  /** Cleared timers leave entries behind; rebuilding keeps a set-and-clear loop from growing the heap. */
  private dropStaleEntries(): void {
    const live = this.heap.filter((entry) => this.states.get(entry.id)?.seq === entry.seq);
    this.heap.length = 0;
    for (const entry of live) this.push(entry);
  }

  private pop(): void {
    const heap = this.heap;
    const last = heap.pop();
    if (last === undefined || heap.length === 0) return;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= heap.length) break;
      const right = left + 1;
      const child =
        right < heap.length && isBefore(heap[right] as PendingTimer, heap[left] as PendingTimer)
          ? right
          : left;
      if (!isBefore(heap[child] as PendingTimer, last)) break;
      heap[i] = heap[child] as PendingTimer;
      i = child;
    }
    heap[i] = last;
  }
}

function isBefore(a: PendingTimer, b: PendingTimer): boolean {
  return a.dueAt < b.dueAt || (a.dueAt === b.dueAt && a.seq < b.seq);
}
