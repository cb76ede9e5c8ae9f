/**
 * CloudWatch-style metrics of one sandbox engine's REST API, one point per minute, as GetMetricStatistics
 * would return them for the dimension level asked (API, API+stage, or API+stage+method+resource). Pure:
 * the server reads its live sandboxes with it, the browser's try-it sandbox its own engine.
 * The metric store keeps one day of minutes in memory: a restart or an unload starts it again.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-metrics-and-dimensions.html
 */
import type { GatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import type { MetricDimensions, MetricName, MetricPoint } from "@/lib/gateway/metrics/metric-store";
import { parseQuery } from "./parse-query";
import { metricsQuerySchema } from "./sandbox-api-schemas";
import { toAwsAppError } from "./to-aws-app-error";

export const METRIC_NAMES: readonly MetricName[] = [
  "Count",
  "4XXError",
  "5XXError",
  "Latency",
  "IntegrationLatency",
  "CacheHitCount",
  "CacheMissCount",
];

const MINUTE = 60_000;

export interface SandboxMetrics {
  restApiId: string;
  /** CloudWatch's ApiName dimension is the API's name, so APIs of the same name share their series. */
  dimensions: MetricDimensions;
  periodSeconds: 60;
  /** Epoch ms: [start, end) covers `minutes` whole minutes up to the current one. */
  start: number;
  end: number;
  /** Per metric, the minutes that had data, oldest first (Count: Sum; Latency: Average, Maximum...). */
  metrics: Record<MetricName, MetricPoint[]>;
}

function apiNameOf(engine: GatewaySandbox, restApiId: string): string {
  try {
    return engine.controlPlane.getRestApi({ restApiId }).name;
  } catch (error) {
    throw toAwsAppError(error);
  }
}

/** `query`: restApiId, stage?, method? with resource?, minutes? (1-1440, default 60), as in the route. */
export function readEngineMetrics(
  engine: GatewaySandbox,
  query: Readonly<Record<string, unknown>>,
): SandboxMetrics {
  const { restApiId, stage, method, resource, minutes } = parseQuery(metricsQuerySchema, query);
  const dimensions: MetricDimensions = { ApiName: apiNameOf(engine, restApiId) };
  if (stage !== undefined) dimensions.Stage = stage;
  if (method !== undefined && resource !== undefined) {
    dimensions.Method = method;
    dimensions.Resource = resource;
  }
  const end = (Math.floor(engine.dataPlane.env.clock.now() / MINUTE) + 1) * MINUTE;
  const start = end - minutes * MINUTE;
  const metrics = Object.fromEntries(
    METRIC_NAMES.map((name) => [name, engine.dataPlane.metrics.getStatistics(name, dimensions, start, end)]),
  ) as Record<MetricName, MetricPoint[]>;
  return { restApiId, dimensions, periodSeconds: 60, start, end, metrics };
}
