/**
 * One execution environment: a QuickJS runtime and context with the prelude installed, its timers and AWS calls,
 * and the host side of the bridge. Every entry into guest code goes through `enter`, which runs it under the
 * current phase's memory-growth budget and turns a host-level fault (a WASM trap) into a crashed environment.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
 */
import type { QuickJSContext, QuickJSHandle, QuickJSRuntime } from "quickjs-emscripten";
import { getBuiltinModuleBody } from "./builtin-modules";
import type { HostBridgeHandlers } from "./create-host-bridge";
import type { ExecutionPhase } from "./execution-phase";
import { formatConsoleLine } from "./format-log-lines";
import { INSPECTOR_SOURCE } from "./guest/inspector-source";
import { type GlueFunctionName, INSPECTOR_MODULE, type PreludeSetup } from "./guest/prelude-source";
import { classifyGuestFailure } from "./classify-guest-failure";
import type { LambdaSandbox } from "./load-lambda-sandbox";
import { createGuestModuleLoader } from "./load-guest-module";
import { PreludeGlue } from "./prelude-glue";
import { ServiceCallQueue } from "./service-call-queue";
import { TimerQueue } from "./timer-queue";
import type { LambdaServices, ResolvedFunctionConfig, ServiceCaller } from "./types";

/** CloudWatch Logs' largest event; longer console lines are cut. */
const MAX_LOG_LINE_CHARS = 256 * 1024;

export interface ContainerOptions {
  readonly sandbox: LambdaSandbox;
  readonly config: ResolvedFunctionConfig;
  readonly heapLimitBytes: number;
  readonly maxStackBytes: number;
  readonly services: LambdaServices | undefined;
  readonly caller: Omit<ServiceCaller, "requestId">;
  /** Receives every line for the function's log group. */
  readonly onLog: (timestamp: number, message: string) => void;
}

export type GuestResult = { ok: true; value: QuickJSHandle } | { ok: false; error: QuickJSHandle };

export class LambdaContainer implements HostBridgeHandlers {
  phase: ExecutionPhase | undefined;
  /** Virtual epoch ms until which the environment is busy with its last invocation. */
  busyUntil = 0;
  /** True while an invocation runs on the host (across awaits). */
  inFlight = false;
  alive = true;
  invocations = 0;
  heapPeakBytes = 0;
  /** The guest heap at the last sample. */
  heapSampleBytes = 0;
  handlerIsAsync = false;
  readonly timers = new TimerQueue();
  readonly calls: ServiceCallQueue;
  readonly context: QuickJSContext;
  private readonly runtime: QuickJSRuntime;
  private glue: PreludeGlue | undefined;
  private lastEpoch = 0;
  /** Guest code ran since the mailbox was last read, so it may hold an outcome. */
  private mailboxMayHoldOutcome = false;

  constructor(readonly options: ContainerOptions) {
    this.calls = new ServiceCallQueue(options.services);
    this.runtime = options.sandbox.quickjs.newRuntime();
    this.runtime.setMaxStackSize(options.maxStackBytes);
    this.runtime.setMemoryLimit(options.heapLimitBytes);
    this.runtime.setInterruptHandler(() => this.phase?.shouldInterrupt() ?? false);
    const loader = createGuestModuleLoader(options.config.fileName);
    this.runtime.setModuleLoader(loader.load, loader.normalize);
    this.context = this.runtime.newContext();
    // computeMemoryUsage builds its result in the runtime's "system context": reuse ours instead of a second one.
    this.runtime.context = this.context;
  }

  get config(): ResolvedFunctionConfig {
    return this.options.config;
  }

  /** Evaluates the prelude and keeps the glue it returns. */
  installPrelude(setup: PreludeSetup): void {
    this.enter(() => {
      this.glue = PreludeGlue.install(this.context, this, setup);
    });
  }

  /** Evaluates the learner's code as a script (the CommonJS wrapper) or an ES module. */
  evaluate(code: string, type: "global" | "module"): GuestResult | undefined {
    return this.enter(() => toGuestResult(this.context.evalCode(code, this.config.fileName, { type })));
  }

  /** Calls a prelude glue function; the caller owns the returned handle. */
  callGlue(name: GlueFunctionName, args: readonly QuickJSHandle[]): GuestResult | undefined {
    const fn = this.glue?.get(name);
    if (fn === undefined) return undefined;
    return this.enter(() => toGuestResult(this.context.callFunction(fn, this.context.undefined, ...args)));
  }

  /** Calls a glue function for its effect: a guest error escaping it is an interrupt, an OOM or a crash. */
  runGlue(name: GlueFunctionName, args: readonly QuickJSHandle[] = []): void {
    const result = this.callGlue(name, args);
    if (result === undefined) return;
    const handle = result.ok ? result.value : result.error;
    if (!result.ok) this.recordFailure(result.error);
    handle.dispose();
  }

  /** Runs queued promise jobs (Node's microtasks), then collects an outcome the guest posted. */
  drainJobs(): void {
    // The warm path drains twice (until answered, then the due work): the second usually has nothing to do.
    const pending = !this.alive || this.runtime.hasPendingJob();
    if (!pending && !this.mailboxMayHoldOutcome) return;
    this.enter(() => {
      if (pending) {
        const result = this.runtime.executePendingJobs();
        if (result.error !== undefined) {
          this.recordFailure(result.error);
          result.error.dispose();
        }
      }
      this.mailboxMayHoldOutcome = false;
      const outcome = this.glue?.takeOutcome();
      if (outcome !== undefined && this.phase?.failure === undefined)
        this.phase?.settle(outcome.kind, outcome.payload);
    });
  }

  fireTimer(id: number): void {
    const handle = this.context.newNumber(id);
    this.runGlue("fireTimer", [handle]);
    handle.dispose();
  }

  /** Hands finished AWS calls to the guest; their promises settle at the next drain. */
  deliverReadyCalls(): void {
    for (const call of this.calls.takeReady()) {
      if (!this.alive) return;
      const ctx = this.context;
      const args = [ctx.newNumber(call.id), call.ok ? ctx.true : ctx.false, ctx.newString(call.json)];
      this.runGlue("completeCall", args);
      for (const arg of args) arg.dispose();
    }
  }

  /** Samples the guest heap for "Max Memory Used" (O(heap): done on cold starts and now and then). */
  sampleHeap(): void {
    if (!this.alive || this.phase?.failure !== undefined) return;
    this.enter(() => {
      const usage = this.runtime.computeMemoryUsage();
      const used = this.context.getProp(usage, "memory_used_size");
      this.heapSampleBytes = this.context.getNumber(used) || 0;
      this.heapPeakBytes = Math.max(this.heapPeakBytes, this.heapSampleBytes);
      used.dispose();
      usage.dispose();
    });
  }

  /**
   * A transient peak inside one invocation is gone by the time the heap is sampled; the memory the module had to
   * grow by during the phase is a lower bound for it.
   */
  recordGrowth(grownBytes: number): void {
    this.heapPeakBytes = Math.max(this.heapPeakBytes, this.heapSampleBytes + grownBytes);
  }

  /** Appends a line to the current phase's log and to the function's log group. */
  writeLog(epochMs: number, message: string): void {
    this.phase?.logs.push(message);
    this.options.onLog(epochMs, message);
  }

  dispose(): void {
    if (!this.context.alive) return;
    this.alive = false;
    try {
      this.glue?.dispose();
      this.context.dispose();
      this.runtime.dispose();
    } catch {
      // A runtime that crashed may refuse to free; its memory stays with the module, nothing else is affected.
    }
  }

  // HostBridgeHandlers: called from guest code.

  log(level: number, message: string): void {
    // Once a phase has failed, whatever the guest still runs (a catch of the interrupt) is not output.
    if (this.phase?.failure !== undefined) return;
    const epoch = this.now();
    const text = message.length > MAX_LOG_LINE_CHARS ? message.slice(0, MAX_LOG_LINE_CHARS) : message;
    this.writeLog(epoch, formatConsoleLine(epoch, this.phase?.requestId, level, text));
  }

  now(): number {
    if (this.phase !== undefined) this.lastEpoch = this.phase.epochNow();
    return this.lastEpoch;
  }

  timer(op: number, a: number, b: number): number {
    if (op === 0) return this.timers.add(this.now(), a, b === 1);
    if (op === 1) this.timers.clear(a);
    if (op === 2) this.timers.setRef(a, b === 1);
    return 0;
  }

  call(service: string, operation: string, inputJson: string): number {
    const caller = { ...this.options.caller, requestId: this.phase?.requestId ?? "" };
    return this.calls.start({ service, operation, input: JSON.parse(inputJson) as unknown, caller });
  }

  source(name: string): string | undefined {
    return name === INSPECTOR_MODULE ? INSPECTOR_SOURCE : getBuiltinModuleBody(name);
  }

  private enter<T>(body: () => T): T | undefined {
    const phase = this.phase;
    if (phase === undefined) throw new Error("guest code runs only inside an execution phase");
    this.mailboxMayHoldOutcome = true;
    try {
      return this.options.sandbox.guard.run(phase.growthBudget, body);
    } catch {
      // A host-level fault (a WASM trap, the host stack exhausted): the environment cannot be trusted again.
      this.alive = false;
      phase.fail("crash");
      return undefined;
    }
  }

  private recordFailure(error: QuickJSHandle): void {
    const phase = this.phase;
    if (phase === undefined || phase.failure !== undefined) return;
    phase.fail(classifyGuestFailure(this.context, error));
  }
}

function toGuestResult(result: { error?: QuickJSHandle; value?: QuickJSHandle }): GuestResult {
  if (result.error !== undefined) return { ok: false, error: result.error };
  return { ok: true, value: result.value as QuickJSHandle };
}
