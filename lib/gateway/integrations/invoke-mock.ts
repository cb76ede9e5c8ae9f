/**
 * MOCK integrations answer without a backend: the request template's output must name the integration
 * response with `"statusCode": <n>` (JSON or relaxed `{statusCode: 200}`), and the payload is empty, so
 * only a response template produces a body (REC responseOverride tests).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html
 */
import type { IntegrationResultSlot, InvocationContext } from "../pipeline/context";
import { traceStage } from "../pipeline/trace";

const STATUS_CODE = /["']?statusCode["']?\s*:\s*["']?(\d{3})\b/;

export function invokeMock(ctx: InvocationContext): IntegrationResultSlot {
  const body = ctx.integrationRequest?.body ?? "";
  // [UNVERIFIED] a template without statusCode: we select the 200 response.
  const statusCode = Number(STATUS_CODE.exec(body)?.[1] ?? 200);
  traceStage(ctx, "invokeIntegration", `MOCK integration: status ${statusCode}`);
  return { statusCode, headers: [], body: "", latencyMs: 0 };
}
