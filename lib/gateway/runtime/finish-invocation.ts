/**
 * How an invocation ends in the log and in the result: END, REPORT (with `Init Duration` on a cold start and
 * `Status`/`Error Type` when the runtime stopped it), the timeout line, and the InvokeResult.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */
import type { FailureReport } from "./describe-failure";
import {
  formatEndLine,
  formatInitReportLine,
  formatReportLine,
  formatStartLine,
  formatTimeoutLine,
  toBilledDurationMs,
} from "./format-log-lines";
import type { LambdaContainer } from "./lambda-container";
import { toReportedMemoryMb } from "./runtime-limits";
import type { DeployedFunction, RuntimeState } from "./runtime-state";
import type { InvokeResult } from "./types";

/** One invocation's accounting, filled as it runs. */
export interface Invocation {
  readonly state: RuntimeState;
  readonly deployed: DeployedFunction;
  readonly requestId: string;
  readonly startEpoch: number;
  initDurationMs?: number;
  initLogs: readonly string[];
}

export interface Ending {
  readonly endEpoch: number;
  readonly durationMs: number;
  /** The REPORT line's Init Duration (absent on a warm start and when Init failed). */
  readonly initDurationMs: number | undefined;
  readonly report: FailureReport | undefined;
  readonly payload: string;
  readonly functionError: boolean;
}

export function finishInvocation(run: Invocation, container: LambdaContainer, ending: Ending): InvokeResult {
  const { config } = run.deployed;
  const { endEpoch, durationMs, report } = ending;
  const maxMemoryUsedMb =
    report?.errorType === "Runtime.OutOfMemory"
      ? config.memorySize
      : toReportedMemoryMb(container.heapPeakBytes, config.memorySize);
  const billedDurationMs = toBilledDurationMs(durationMs, ending.initDurationMs);
  container.writeLog(endEpoch, formatEndLine(run.requestId));
  container.writeLog(
    endEpoch,
    formatReportLine({
      requestId: run.requestId,
      durationMs,
      billedDurationMs,
      memorySizeMb: config.memorySize,
      maxMemoryUsedMb,
      initDurationMs: ending.initDurationMs,
      status: report?.status,
      errorType: report?.errorType,
    }),
  );
  if (report?.status === "timeout")
    container.writeLog(endEpoch, formatTimeoutLine(endEpoch, run.requestId, durationMs));
  return {
    statusCode: 200,
    payload: ending.payload,
    ...(ending.functionError ? { functionError: "Unhandled" as const } : {}),
    logResult: toLogResult(run.initLogs, container.phase?.logs),
    requestId: run.requestId,
    durationMs,
    billedDurationMs,
    ...(run.initDurationMs !== undefined ? { initDurationMs: run.initDurationMs } : {}),
    memorySizeMb: config.memorySize,
    maxMemoryUsedMb,
    coldStart: run.initDurationMs !== undefined,
    executedVersion: "$LATEST",
  };
}

/** The phase's own log is not written to once it ends: a warm start hands it over instead of copying it. */
function toLogResult(
  initLogs: readonly string[],
  phaseLogs: readonly string[] | undefined,
): readonly string[] {
  if (initLogs.length === 0) return phaseLogs ?? [];
  return [...initLogs, ...(phaseLogs ?? [])];
}

/** A failed Init: INIT_REPORT, then the invocation that could not run (Lambda retries Init inside it). */
export function finishInitFailure(
  run: Invocation,
  container: LambdaContainer,
  initElapsedMs: number,
  failure: FailureReport,
): InvokeResult {
  const initEnd = run.startEpoch + (run.initDurationMs ?? 0);
  container.writeLog(
    initEnd,
    formatInitReportLine(run.initDurationMs ?? 0, failure.status, failure.errorType),
  );
  container.writeLog(initEnd, formatStartLine(run.requestId));
  const durationMs = failure.status === "timeout" ? run.deployed.config.timeout * 1000 : initElapsedMs;
  // The init lines are already in the phase's log: the result lists them once.
  const result = finishInvocation({ ...run, initLogs: [] }, container, {
    endEpoch: initEnd + durationMs,
    durationMs,
    initDurationMs: undefined,
    report: failure,
    payload: failure.payload,
    functionError: true,
  });
  container.phase = undefined;
  container.inFlight = false;
  container.dispose();
  return result;
}
