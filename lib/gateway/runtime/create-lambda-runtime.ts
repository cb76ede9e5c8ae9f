/**
 * The simulator's Lambda service: deploy Node.js functions, invoke them synchronously in QuickJS execution
 * environments on the virtual clock, and read their logs and cold/warm counters.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtime-environment.html
 */
import { ContainerPool } from "./container-pool";
import { invokeFunction } from "./invoke-function";
import { ResourceNotFoundError } from "./lambda-errors";
import { getDefaultLambdaSandbox } from "./load-lambda-sandbox";
import { LogStore } from "./log-store";
import { resolveFunctionConfig, toFunctionArn } from "./resolve-function-config";
import { resolveRuntimeLimits } from "./runtime-limits";
import type { RuntimeState } from "./runtime-state";
import type {
  InvokeOptions,
  InvokeResult,
  LambdaFunctionConfig,
  LambdaLogEvent,
  LambdaRuntimeOptions,
  LambdaRuntimeStats,
  ResolvedFunctionConfig,
} from "./types";

export interface LambdaRuntime {
  /** Creates or replaces a function (CreateFunction / UpdateFunctionCode+Configuration): later invocations cold start. */
  deployFunction(config: LambdaFunctionConfig): ResolvedFunctionConfig;
  deleteFunction(functionName: string): void;
  /** @throws ResourceNotFoundError */
  getFunctionConfiguration(functionName: string): ResolvedFunctionConfig;
  /**
   * Invokes synchronously. Function errors come back in the result (`functionError: "Unhandled"`); the Lambda
   * service's own refusals are thrown: ResourceNotFoundError, RequestEntityTooLargeError,
   * InvalidRequestContentError, TooManyRequestsError.
   */
  invoke(functionName: string, payload: string, options?: InvokeOptions): Promise<InvokeResult>;
  /** The function's log group, oldest first. */
  logs(functionName: string): readonly LambdaLogEvent[];
  /** Cold/warm starts, throttles and live environments, for one function or all. */
  stats(functionName?: string): LambdaRuntimeStats;
  /** Disposes environments idle for longer than `idleContainerMs` (also done before every invocation). */
  reclaimIdleContainers(): void;
  dispose(): void;
}

export async function createLambdaRuntime(options: LambdaRuntimeOptions): Promise<LambdaRuntime> {
  const limits = resolveRuntimeLimits(options.limits);
  const clock = options.clock;
  const state: RuntimeState = {
    clock,
    random: options.random,
    hostNow: options.hostNow ?? (() => clock.now()),
    services: options.services,
    limits,
    sandbox: options.sandbox ?? (await getDefaultLambdaSandbox()),
    region: options.region ?? "us-east-1",
    accountId: options.accountId ?? "123456789012",
    functions: new Map(),
    pool: new ContainerPool(),
    logStore: new LogStore(limits.maxLogEventsPerFunction),
  };
  const generationOf = (name: string): number | undefined => state.functions.get(name)?.generation;
  let nextGeneration = 1;

  return {
    deployFunction(config) {
      const resolved = resolveFunctionConfig(config, state);
      state.functions.set(resolved.functionName, { config: resolved, generation: nextGeneration++ });
      state.pool.reclaim(clock.now(), limits.idleContainerMs, generationOf, true);
      return resolved;
    },
    deleteFunction(functionName) {
      state.functions.delete(functionName);
      state.pool.reclaim(clock.now(), limits.idleContainerMs, generationOf, true);
      state.logStore.clear(functionName);
    },
    getFunctionConfiguration(functionName) {
      const deployed = state.functions.get(functionName);
      if (deployed === undefined)
        throw new ResourceNotFoundError(functionName, toFunctionArn(functionName, state));
      return deployed.config;
    },
    invoke: (functionName, payload, invokeOptions) =>
      invokeFunction(state, functionName, payload, invokeOptions),
    logs: (functionName) => state.logStore.list(functionName),
    stats: (functionName) => state.pool.stats(functionName),
    reclaimIdleContainers() {
      state.pool.reclaim(clock.now(), limits.idleContainerMs, generationOf, true);
    },
    dispose() {
      state.pool.disposeAll();
      state.functions.clear();
    },
  };
}
