import { describe, expect, it } from "vitest";
import { MAX_PENDING_TIMERS, TimerQueue, TooManyTimersError } from "@/lib/gateway/runtime/timer-queue";

function drain(queue: TimerQueue, until: number): number[] {
  const fired: number[] = [];
  for (let timer = queue.peek(); timer !== undefined && timer.dueAt <= until; timer = queue.peek()) {
    fired.push(timer.id);
    queue.take(timer);
  }
  return fired;
}

describe("TimerQueue", () => {
  it("orders by due time, then by creation for equal due times", () => {
    const queue = new TimerQueue();
    const late = queue.add(0, 30, false);
    const first = queue.add(0, 10, false);
    const second = queue.add(0, 10, false);
    const soonest = queue.add(5, 0, false);
    expect(drain(queue, 100)).toEqual([soonest, first, second, late]);
    expect(queue.size).toBe(0);
  });

  it("reschedules an interval one period after its due time until cleared", () => {
    const queue = new TimerQueue();
    const id = queue.add(0, 100, true);
    expect(queue.peek()?.dueAt).toBe(100);
    queue.take(queue.peek()!);
    expect(queue.peek()).toMatchObject({ id, dueAt: 200 });
    queue.clear(id);
    expect(queue.peek()).toBeUndefined();
    expect(queue.hasRef()).toBe(false);
  });

  it("keeps the event loop alive only with a ref'd timer", () => {
    const queue = new TimerQueue();
    const id = queue.add(0, 5, false);
    expect(queue.hasRef()).toBe(true);
    queue.setRef(id, false);
    expect(queue.hasRef()).toBe(false);
    expect(queue.peek()?.id).toBe(id);
  });

  it("stays small when timers are set and cleared in a loop", () => {
    const queue = new TimerQueue();
    for (let i = 0; i < 50_000; i++) queue.clear(queue.add(i, 1_000, false));
    const kept = queue.add(0, 1, false);
    expect(queue.size).toBe(1);
    expect(queue.peek()?.id).toBe(kept);
  });

  it("refuses more than MAX_PENDING_TIMERS timers", () => {
    const queue = new TimerQueue();
    for (let i = 0; i < MAX_PENDING_TIMERS; i++) queue.add(0, i, false);
    expect(() => queue.add(0, 1, false)).toThrow(TooManyTimersError);
  });
});
