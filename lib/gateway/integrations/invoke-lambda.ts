/**
 * Calls a Lambda function for an AWS_PROXY or AWS (non-proxy) integration, turning the Lambda service's own
 * refusals into gateway errors: a payload over 6 MB is 413 `Request Too Long` (REC), a slow function is 504,
 * a missing function or an invoke failure is 500 (AWS logs "Lambda function not found" / permission errors).
 */
import { ApiConfigurationError, IntegrationTimeoutError, RequestTooLargeError } from "../errors";
import { exceedsUtf8Bytes } from "../runtime/utf8-byte-length";
import type { InvocationContext } from "../pipeline/context";
import { traceStage } from "../pipeline/trace";

/** Lambda's synchronous invocation payload limit, request and response (DOC Lambda quotas). */
export const LAMBDA_PAYLOAD_LIMIT_BYTES = 6 * 1024 * 1024;

export interface LambdaCallResult {
  payload: string;
  functionError?: "Unhandled";
  durationMs: number;
  initDurationMs?: number;
}

export async function callLambda(
  ctx: InvocationContext,
  functionName: string,
  payload: string,
): Promise<LambdaCallResult> {
  const lambda = ctx.env.lambda;
  if (!lambda) throw new ApiConfigurationError("This sandbox has no Lambda service");
  // Counting beats encoding: no copy of every event just to learn its size.
  if (exceedsUtf8Bytes(payload, LAMBDA_PAYLOAD_LIMIT_BYTES)) {
    traceStage(
      ctx,
      "invokeIntegration",
      `Lambda request payload over ${LAMBDA_PAYLOAD_LIMIT_BYTES} bytes`,
    ).decisive = true;
    throw new RequestTooLargeError();
  }
  const timeoutMs = ctx.routed!.method.methodIntegration!.timeoutInMillis;
  traceStage(ctx, "invokeIntegration", `Sending request to Lambda function ${functionName}`);
  let result: LambdaCallResult;
  try {
    result = await ctx.env.lambda!.invoke(functionName, payload);
  } catch (error) {
    const name = error instanceof Error ? error.name : "Error";
    if (name === "RequestEntityTooLargeException") throw new RequestTooLargeError();
    const detail = error instanceof Error ? error.message : String(error);
    traceStage(
      ctx,
      "invokeIntegration",
      `Execution failed due to configuration error: ${name}: ${detail}`,
    ).decisive = true;
    throw new ApiConfigurationError(`${name}: ${detail}`);
  }
  // A cold start's initialisation is part of what API Gateway waits for.
  const latencyMs = result.durationMs + (result.initDurationMs ?? 0);
  ctx.integrationLatencyMs = latencyMs;
  if (latencyMs > timeoutMs) {
    traceStage(
      ctx,
      "invokeIntegration",
      `Execution failed due to a timeout error (${timeoutMs} ms)`,
    ).decisive = true;
    throw new IntegrationTimeoutError();
  }
  traceStage(
    ctx,
    "invokeIntegration",
    `Received response. Status: 200, Integration latency: ${Math.round(latencyMs)} ms${result.initDurationMs ? ` (cold start, init ${Math.round(result.initDurationMs)} ms)` : ""}`,
    ...(result.functionError ? [`Lambda function error: ${result.payload.slice(0, 500)}`] : []),
  );
  return result;
}
