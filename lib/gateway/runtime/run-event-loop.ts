/**
 * Node's event loop for one phase, on the virtual clock: run microtasks, hand finished AWS calls back (they take
 * no virtual time), and otherwise jump the clock to the next timer and fire it. A timer due after the phase's
 * budget is the timeout: the loop stops there, without waiting in real time.
 * @see https://nodejs.org/en/learn/asynchronous-work/event-loop-timers-and-nexttick
 */
import type { ExecutionPhase } from "./execution-phase";
import type { LambdaContainer } from "./lambda-container";

/** Timer callbacks one phase may fire: a 1 ms interval in a 900 s function must not pin the host for seconds. */
const MAX_TIMER_FIRINGS = 100_000;
/** Timers already due that run after the response before the environment freezes (a setImmediate chain stops here). */
const MAX_DUE_FIRINGS_AFTER_RESPONSE = 1_000;

/** `done`: the phase's goal was reached; `empty`: nothing left to run; `failed`: see `phase.failure`. */
export type LoopEnd = "done" | "empty" | "failed";

export async function runEventLoop(
  container: LambdaContainer,
  phase: ExecutionPhase,
  isDone: (phase: ExecutionPhase) => boolean,
): Promise<LoopEnd> {
  let firings = 0;
  for (;;) {
    container.deliverReadyCalls();
    container.drainJobs();
    if (phase.failure !== undefined) return "failed";
    if (isDone(phase)) return "done";
    if (container.calls.hasReady()) continue;
    if (container.calls.hasPending()) {
      await container.calls.nextSettled();
      continue;
    }
    const timer = container.timers.peek();
    if (timer === undefined || !container.timers.hasRef()) return "empty";
    const wait = Math.max(0, timer.dueAt - phase.epochNow());
    const overBudget = phase.elapsedMs() + wait > phase.limits.budgetMs;
    if (overBudget || ++firings > MAX_TIMER_FIRINGS || phase.isPastRealDeadline()) {
      phase.fail("timeout");
      return "failed";
    }
    phase.timerElapsedMs += wait;
    container.timers.take(timer);
    container.fireTimer(timer.id);
  }
}

/**
 * After the response, Node's loop still runs what is already due (finished AWS calls, their microtasks, timers due
 * now) before the runtime asks for the next event and the environment freezes. No virtual time passes here.
 */
export function runDueWork(container: LambdaContainer, phase: ExecutionPhase): void {
  for (let firings = 0; firings <= MAX_DUE_FIRINGS_AFTER_RESPONSE && phase.failure === undefined; firings++) {
    container.deliverReadyCalls();
    container.drainJobs();
    const timer = container.timers.peek();
    if (timer === undefined || timer.dueAt > phase.epochNow() || phase.isPastRealDeadline()) return;
    container.timers.take(timer);
    container.fireTimer(timer.id);
  }
}
