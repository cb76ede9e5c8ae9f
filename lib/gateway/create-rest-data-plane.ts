/**
 * The REST data plane of one sandbox: one call per request, returning the response, the execution trace
 * and the figures the workbench shows. Everything it needs comes in through EngineEnv (ports, what is
 * deployed, the Lambda and AWS service simulations).
 */
import { AuthorizerResultCache } from "./authorizers/lambda";
import { StageCacheRegistry, type StageCacheRegistryOptions } from "./caching";
import { LogStore } from "./metrics/log-store";
import { MetricStore } from "./metrics/metric-store";
import type { EngineEnv, InvocationContext } from "./pipeline/context";
import { recordMetricsAndLogs } from "./pipeline/record-metrics-and-logs";
import type { GatewayHttpResponse, GatewayRequest } from "./pipeline/request";
import { REST_PIPELINE } from "./pipeline/rest-stages";
import { runPipeline } from "./pipeline/run-pipeline";
import type { TraceEntry } from "./pipeline/trace";
import { randomString, randomUuid } from "./ports";
import { renderGatewayResponse } from "./responses/render-gateway-response";
import { ThrottleRegistry, type ThrottleRegistryOptions } from "./throttling";

export interface InvocationResult {
  response: GatewayHttpResponse;
  trace: TraceEntry[];
  requestId: string;
  latencyMs: number;
  integrationLatencyMs?: number;
  cacheHit?: boolean;
  /** The gateway response type, when API Gateway answered instead of the integration. */
  errorType?: string;
}

export interface RestDataPlane {
  invoke(request: GatewayRequest): Promise<InvocationResult>;
  readonly env: EngineEnv;
  readonly metrics: MetricStore;
  readonly logs: LogStore;
}

export type RestDataPlaneOptions = Omit<EngineEnv, "throttles" | "caches" | "authorizerCache"> & {
  throttle?: ThrottleRegistryOptions;
  cache?: StageCacheRegistryOptions;
  metrics?: MetricStore;
  logs?: LogStore;
};

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export function createRestDataPlane(options: RestDataPlaneOptions): RestDataPlane {
  const { throttle, cache, metrics = new MetricStore(), logs = new LogStore(), ...rest } = options;
  const env: EngineEnv = {
    ...rest,
    throttles: new ThrottleRegistry(rest.clock.now(), throttle),
    caches: new StageCacheRegistry(cache),
    authorizerCache: new AuthorizerResultCache(),
  };
  const observability = { metrics, logs };
  return {
    env,
    metrics,
    logs,
    async invoke(request) {
      const ctx: InvocationContext = {
        env,
        request,
        requestId: randomUuid(env.random),
        extendedRequestId: `${randomString(env.random, 15, ID_ALPHABET)}=`,
        receivedAt: env.clock.now(),
        trace: [],
      };
      const response = await runPipeline(ctx, REST_PIPELINE, renderGatewayResponse);
      const latencyMs = recordMetricsAndLogs(ctx, response, observability);
      return {
        response,
        trace: ctx.trace,
        requestId: ctx.requestId,
        latencyMs,
        integrationLatencyMs: ctx.integrationLatencyMs,
        cacheHit: ctx.cache?.hit,
        errorType: ctx.error?.responseType,
      };
    },
  };
}
