/**
 * A cold start: a new execution environment for the function's current generation, then its Init phase.
 * Lambda refuses a new environment when the account's concurrency is used up (TooManyRequestsException).
 * `Init Duration` is the modelled runtime bootstrap plus the virtual time the function's top-level code took.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html#runtimes-lifecycle-ib
 */
import { randomString } from "../ports";
import { ExecutionPhase } from "./execution-phase";
import { formatLogStreamName } from "./format-log-lines";
import type { PreludeSetup } from "./guest/prelude-source";
import { type InitOutcome, initializeContainer } from "./initialize-container";
import { LambdaContainer } from "./lambda-container";
import { TooManyRequestsError } from "./lambda-errors";
import { toLambdaEnvironmentVariables } from "./lambda-environment-variables";
import { toLogGroupName } from "./log-store";
import { INIT_PHASE_LIMIT_MS, toHeapLimitBytes } from "./runtime-limits";
import type { DeployedFunction, RuntimeState } from "./runtime-state";

export interface ColdStart {
  readonly container: LambdaContainer;
  readonly initPhase: ExecutionPhase;
  readonly outcome: InitOutcome;
  readonly initDurationMs: number;
}

export async function startContainer(
  state: RuntimeState,
  deployed: DeployedFunction,
  epochMs: number,
): Promise<ColdStart> {
  const { config, generation } = deployed;
  if (state.pool.countBusy(epochMs) >= state.limits.maxConcurrency) {
    state.pool.recordThrottle(config.functionName);
    throw new TooManyRequestsError();
  }
  const logStreamName = formatLogStreamName(epochMs, randomString(state.random, 32, "0123456789abcdef"));
  const heapLimitBytes = toHeapLimitBytes(config.memorySize, state.limits);
  const container = new LambdaContainer({
    sandbox: state.sandbox,
    config,
    heapLimitBytes,
    maxStackBytes: state.limits.maxStackBytes,
    services: state.services,
    caller: { functionName: config.functionName, region: state.region, accountId: state.accountId },
    onLog: (timestamp, message) =>
      state.logStore.append(config.functionName, { timestamp, logStreamName, message }),
  });
  container.inFlight = true;
  state.pool.add(config.functionName, generation, container);

  const initPhase = new ExecutionPhase(
    undefined,
    epochMs + state.limits.coldStartMs,
    {
      budgetMs: INIT_PHASE_LIMIT_MS,
      wallClockMs: state.limits.wallClockMs,
      maxInterruptChecks: state.limits.maxInterruptChecks,
      heapLimitBytes,
    },
    state.hostNow,
  );
  container.phase = initPhase;
  const outcome = await initializeContainer(
    container,
    initPhase,
    toPreludeSetup(state, deployed, logStreamName),
  );
  return { container, initPhase, outcome, initDurationMs: state.limits.coldStartMs + initPhase.elapsedMs() };
}

function toPreludeSetup(
  state: RuntimeState,
  deployed: DeployedFunction,
  logStreamName: string,
): PreludeSetup {
  const { config } = deployed;
  return {
    functionName: config.functionName,
    memoryLimitInMB: String(config.memorySize),
    logGroupName: toLogGroupName(config.functionName),
    logStreamName,
    functionArn: config.functionArn,
    handler: config.handler,
    handlerPath: config.handlerPath,
    fileName: config.fileName,
    moduleFormat: config.moduleFormat,
    env: toLambdaEnvironmentVariables(config, state.region, logStreamName),
    seed: [0, 1, 2, 3].map(() => Math.floor(state.random.next() * 0x1_0000_0000)),
  };
}
