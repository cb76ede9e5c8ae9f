/**
 * One phase of an execution environment's life (Init, or one Invoke) on the virtual timeline: how much virtual
 * time has passed (timer waits plus the host time the guest actually ran), its deadlines (virtual, real-time and
 * a CPU budget), its memory-growth budget, the outcome the guest reported, and the log lines it wrote.
 * Timers live on the same virtual epoch: a timer that came due while the environment was frozen between
 * invocations fires as soon as the next invocation lets the event loop run, as in a thawed Lambda environment.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
 */
import type { GrowthBudget } from "./load-lambda-sandbox";

/** How the guest reported the outcome (values shared with the prelude's SETTLE_* constants). */
export const SettleKind = {
  Success: 0,
  /** `callback(null, result)` with callbackWaitsForEmptyEventLoop: the response leaves once the loop is empty. */
  SuccessWhenEmpty: 1,
  Error: 2,
  /** An exception nobody caught (a timer callback threw): the runtime reports it and exits. */
  Uncaught: 3,
  /** QuickJS ran out of heap where Node would have been killed: recorded as the phase's failure. */
  OutOfMemory: 4,
} as const;
export type SettleKind = (typeof SettleKind)[keyof typeof SettleKind];

export interface Settlement {
  readonly kind: SettleKind;
  readonly payload: string;
  /** Phase time when the outcome was reported. */
  readonly atMs: number;
}

/** Why a phase stopped without a normal outcome. */
export type PhaseFailure = "timeout" | "out-of-memory" | "crash" | "unsettled";

export interface PhaseLimits {
  /** Virtual budget in milliseconds (the function timeout, or the 10 s Init limit). */
  readonly budgetMs: number;
  /** Real milliseconds the guest may run before the hard guard stops it. */
  readonly wallClockMs: number;
  readonly maxInterruptChecks: number;
  readonly heapLimitBytes: number;
}

export class ExecutionPhase implements GrowthBudget {
  timerElapsedMs = 0;
  interruptChecks = 0;
  settlement: Settlement | undefined;
  failure: PhaseFailure | undefined;
  /** An exception nobody caught after the response was sent: the runtime exited, the environment is not reused. */
  exitedAfterAnswer = false;
  readonly logs: string[] = [];
  /** Bytes the WASM module may still grow by in this phase (the phase is its own growth budget: no closures). */
  remainingBytes: number;
  private hostStart: number;
  private realDeadline: number;

  constructor(
    readonly requestId: string | undefined,
    /** Virtual epoch milliseconds when the phase began. */
    readonly epochStart: number,
    readonly limits: PhaseLimits,
    private readonly hostNow: () => number,
  ) {
    this.hostStart = hostNow();
    this.realDeadline = this.hostStart + limits.wallClockMs;
    this.remainingBytes = limits.heapLimitBytes;
  }

  get growthBudget(): GrowthBudget {
    return this;
  }

  withinDeadline(): boolean {
    return this.hostNow() <= this.realDeadline;
  }

  onRefused(): void {
    this.fail("out-of-memory");
  }

  /**
   * Starts the phase's clocks and memory budget again: the prelude's installation is the runtime's bootstrap
   * (modelled by `coldStartMs`), so none of it counts against the function's own Init.
   */
  restartClocks(): void {
    this.hostStart = this.hostNow();
    this.realDeadline = this.hostStart + this.limits.wallClockMs;
    this.remainingBytes = this.limits.heapLimitBytes;
  }

  elapsedMs(): number {
    return this.timerElapsedMs + Math.max(0, this.hostNow() - this.hostStart);
  }

  epochNow(): number {
    return this.epochStart + this.elapsedMs();
  }

  isPastRealDeadline(): boolean {
    return this.hostNow() > this.realDeadline;
  }

  /** Records the first failure; a later one (e.g. the interrupt after an OOM) does not replace it. */
  fail(failure: PhaseFailure): void {
    this.failure ??= failure;
  }

  /** The interrupt handler's question: has the guest used up its virtual time, real time or CPU budget? */
  shouldInterrupt(): boolean {
    this.interruptChecks++;
    const exhausted =
      this.elapsedMs() > this.limits.budgetMs ||
      this.isPastRealDeadline() ||
      this.interruptChecks > this.limits.maxInterruptChecks;
    if (exhausted) this.fail("timeout");
    return exhausted || this.failure !== undefined;
  }

  /** Accepts the guest's outcome: the first one wins, except that an uncaught exception overrides a pending success. */
  settle(kind: SettleKind, payload: string): void {
    if (kind === SettleKind.OutOfMemory) {
      this.fail("out-of-memory");
      return;
    }
    const previous = this.settlement;
    if (
      previous !== undefined &&
      !(previous.kind === SettleKind.SuccessWhenEmpty && kind === SettleKind.Uncaught)
    ) {
      if (kind === SettleKind.Uncaught) this.exitedAfterAnswer = true;
      return;
    }
    this.settlement = { kind, payload, atMs: this.elapsedMs() };
  }
}
