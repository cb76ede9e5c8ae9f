/**
 * One synchronous invocation (Invoke with `RequestResponse`): check the payload, reuse a warm environment or cold
 * start one, run the Invoke phase, and answer as Lambda does, START ... END and REPORT lines included.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */
import { randomUuid } from "../ports";
import { describeFailure, describeResponseTooLarge, type FailureReport } from "./describe-failure";
import { ExecutionPhase } from "./execution-phase";
import { finishInitFailure, finishInvocation, type Invocation } from "./finish-invocation";
import { formatStartLine } from "./format-log-lines";
import { invokeContainer } from "./invoke-container";
import type { LambdaContainer } from "./lambda-container";
import { ResourceNotFoundError } from "./lambda-errors";
import { toFunctionArn } from "./resolve-function-config";
import { MAX_RESPONSE_PAYLOAD_BYTES, toHeapLimitBytes } from "./runtime-limits";
import type { RuntimeState } from "./runtime-state";
import { startContainer } from "./start-container";
import { toEventJson } from "./to-event-json";
import type { InvokeOptions, InvokeResult } from "./types";
import { exceedsUtf8Bytes } from "./utf8-byte-length";

export async function invokeFunction(
  state: RuntimeState,
  functionName: string,
  payload: string,
  options: InvokeOptions = {},
): Promise<InvokeResult> {
  const deployed = state.functions.get(functionName);
  if (deployed === undefined)
    throw new ResourceNotFoundError(functionName, toFunctionArn(functionName, state));
  const eventJson = toEventJson(payload);
  const startEpoch = state.clock.now();
  state.pool.reclaim(
    startEpoch,
    state.limits.idleContainerMs,
    (name) => state.functions.get(name)?.generation,
  );
  const run: Invocation = {
    state,
    deployed,
    requestId: options.requestId ?? randomUuid(state.random),
    startEpoch,
    initLogs: [],
  };

  let container = state.pool.takeWarm(functionName, deployed.generation, startEpoch);
  if (container === undefined) {
    const cold = await startContainer(state, deployed, startEpoch);
    container = cold.container;
    run.initDurationMs = cold.initDurationMs;
    run.initLogs = cold.initPhase.logs;
    if (cold.outcome.kind !== "ready") {
      const failure =
        cold.outcome.kind === "error"
          ? { payload: cold.outcome.payload, status: "error" as const, errorType: cold.outcome.errorType }
          : describeFailure(
              cold.outcome.failure,
              run.requestId,
              startEpoch + deployed.config.timeout * 1000,
              deployed.config.timeout * 1000,
            );
      return finishInitFailure(run, container, cold.initPhase.elapsedMs(), failure);
    }
  }
  container.inFlight = true;
  try {
    return await runInvokePhase(run, container, eventJson);
  } finally {
    container.inFlight = false;
  }
}

async function runInvokePhase(
  run: Invocation,
  container: LambdaContainer,
  eventJson: string,
): Promise<InvokeResult> {
  const { config } = run.deployed;
  const limits = run.state.limits;
  const timeoutMs = config.timeout * 1000;
  const invokeStart = run.startEpoch + (run.initDurationMs ?? 0);
  const phase = new ExecutionPhase(
    run.requestId,
    invokeStart,
    {
      budgetMs: timeoutMs,
      wallClockMs: limits.wallClockMs,
      maxInterruptChecks: limits.maxInterruptChecks,
      heapLimitBytes: toHeapLimitBytes(config.memorySize, limits),
    },
    run.state.hostNow,
  );
  container.phase = phase;
  container.invocations++;
  container.writeLog(invokeStart, formatStartLine(run.requestId));
  const outcome = await invokeContainer(container, phase, eventJson, invokeStart + timeoutMs);

  let report: FailureReport | undefined;
  let payload = "";
  let durationMs = outcome.durationMs;
  if (outcome.kind === "failed") {
    report = describeFailure(outcome.failure, run.requestId, invokeStart + timeoutMs, timeoutMs);
    if (outcome.failure === "timeout") durationMs = timeoutMs;
  } else if (!outcome.functionError && exceedsUtf8Bytes(outcome.payload, MAX_RESPONSE_PAYLOAD_BYTES)) {
    report = describeResponseTooLarge();
  } else {
    payload = outcome.payload;
    if (outcome.exited) report = { payload, status: "error", errorType: "Runtime.ExitError" };
  }
  // Sampling walks the whole heap: the first invocation and every 64th are measured, the peak is kept.
  if ((container.invocations & 63) === 1) container.sampleHeap();
  container.recordGrowth(phase.limits.heapLimitBytes - phase.growthBudget.remainingBytes);
  container.busyUntil = invokeStart + durationMs;
  const result = finishInvocation(run, container, {
    endEpoch: invokeStart + durationMs,
    durationMs,
    initDurationMs: run.initDurationMs,
    report,
    payload: report?.payload ?? payload,
    functionError: report !== undefined || (outcome.kind === "response" && outcome.functionError),
  });
  container.phase = undefined;
  if (report !== undefined) container.dispose();
  return result;
}
