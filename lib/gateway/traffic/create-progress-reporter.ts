/**
 * Progress for a long run, at most MAX_PROGRESS_CALLS times: every ⌈total/50⌉ requests and once at the end.
 * A callback may return a promise (to let a UI paint); the run waits for it.
 */

export const MAX_PROGRESS_CALLS = 50;

export type TrafficProgressCallback = (done: number, total: number) => void | Promise<void>;

/** Answers the callback's result when `done` reaches a reporting step, undefined otherwise. */
export function createProgressReporter(
  total: number,
  onProgress?: TrafficProgressCallback,
): (done: number) => void | Promise<void> {
  if (!onProgress) return () => undefined;
  const step = Math.max(1, Math.ceil(total / MAX_PROGRESS_CALLS));
  return (done) => (done % step === 0 || done === total ? onProgress(done, total) : undefined);
}
