/**
 * recordMetricsAndLogs: runs after every request, whatever happened. Stamps the headers AWS adds to every
 * REST response, counts the CloudWatch metrics, writes the access log line (when the stage has a format)
 * and the execution log (when the stage's logging level asks for it).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html
 */
import { renderAccessLogLine } from "../metrics/access-log";
import { executionLogGroup, truncateLogMessage, type LogStore } from "../metrics/log-store";
import type { MetricStore } from "../metrics/metric-store";
import type { InvocationContext } from "./context";
import { buildContextVariables } from "./context-variables";
import type { GatewayHttpResponse } from "./request";

export interface Observability {
  metrics: MetricStore;
  logs: LogStore;
}

function traceId(ctx: InvocationContext): string {
  const seconds = Math.floor(ctx.receivedAt / 1000)
    .toString(16)
    .padStart(8, "0");
  return `Root=1-${seconds}-${ctx.requestId.replace(/-/g, "").slice(0, 24)}`;
}

function responseLength(response: GatewayHttpResponse): number {
  return typeof response.body === "string"
    ? new TextEncoder().encode(response.body).byteLength
    : response.body.byteLength;
}

export function recordMetricsAndLogs(
  ctx: InvocationContext,
  response: GatewayHttpResponse,
  observability: Observability,
): number {
  const now = ctx.env.clock.now();
  const latencyMs = Math.max(now - ctx.receivedAt, ctx.integrationLatencyMs ?? 0);
  // The 10 MB refusal happens before API Gateway proper: no request id headers (REC).
  if (ctx.parsed) {
    response.headers.push(
      ["x-amzn-RequestId", ctx.requestId],
      ["x-amz-apigw-id", ctx.extendedRequestId],
      ["X-Amzn-Trace-Id", traceId(ctx)],
    );
  }
  const routed = ctx.routed;
  const deployed = routed?.deployed;
  if (!routed || !deployed) return latencyMs;
  observability.metrics.record(
    now,
    {
      ApiName: routed.snapshot.api.name,
      Stage: deployed.stage.stageName,
      Method: ctx.parsed!.httpMethod,
      Resource: routed.resource.path,
    },
    {
      status: response.statusCode,
      latencyMs,
      integrationLatencyMs: ctx.integrationLatencyMs,
      cacheHit: ctx.cache ? ctx.cache.hit : undefined,
    },
  );
  const format = deployed.stage.accessLogSettings?.format;
  if (format) {
    const context = {
      ...buildContextVariables(ctx),
      status: response.statusCode,
      responseLength: responseLength(response),
      responseLatency: latencyMs,
      integrationLatency: ctx.integrationLatencyMs,
    };
    const group =
      deployed.stage.accessLogSettings?.destinationArn ??
      `access-logs/${ctx.request.apiId}/${deployed.stage.stageName}`;
    observability.logs.put(group, now, renderAccessLogLine(format, context));
  }
  const level = deployed.stage.methodSettings["*/*"]?.loggingLevel;
  if (level === "INFO" || (level === "ERROR" && response.statusCode >= 400)) {
    const group = executionLogGroup(ctx.request.apiId, deployed.stage.stageName);
    for (const entry of ctx.trace)
      for (const line of entry.lines)
        observability.logs.put(
          group,
          ctx.receivedAt + entry.atMs,
          truncateLogMessage(`(${ctx.requestId}) ${line}`),
        );
  }
  return latencyMs;
}
