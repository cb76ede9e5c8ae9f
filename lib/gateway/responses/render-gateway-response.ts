/**
 * renderGatewayResponse: turns a GatewayError into the response the API's gateway responses ask for.
 * Deployments store all 21 types already resolved (the type's own customisation, else DEFAULT_4XX/5XX's,
 * else the built-in one; see control/resolve-gateway-response.ts), so this only looks the type up. When
 * nothing is customised, AWS's recorded built-in body is used where it differs from the default template
 * (`{"message": "Internal server error"}` with a space, `{"Message":"..."}` for denies).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 */
import type { ApiSnapshot, GatewayResponse } from "../control/types";
import type { GatewayError } from "../errors";
import { applyResponseParameterMappings, renderGatewayResponseTemplate } from "../mapping";
import type { InvocationContext } from "../pipeline/context";
import { buildContextVariables } from "../pipeline/context-variables";
import { methodRequestData } from "../pipeline/stages/map-integration-request";
import type { GatewayHttpResponse } from "../pipeline/request";
import { traceStage } from "../pipeline/trace";
import { selectResponseTemplate } from "../vtl";

export const DEFAULT_GATEWAY_RESPONSE_TEMPLATE = '{"message":$context.error.messageString}';

function snapshotOf(ctx: InvocationContext): ApiSnapshot | undefined {
  if (ctx.routed) return ctx.routed.snapshot;
  const stageName = ctx.parsed?.stageName;
  return stageName ? ctx.env.stages.findStage(ctx.request.apiId, stageName)?.snapshot : undefined;
}

function isUncustomised(entry: GatewayResponse | undefined): boolean {
  if (!entry) return true;
  if (!entry.defaultResponse) return false;
  const templates = Object.entries(entry.responseTemplates ?? {});
  const params = Object.keys(entry.responseParameters ?? {});
  return params.length === 0 && templates.every(([, t]) => t === DEFAULT_GATEWAY_RESPONSE_TEMPLATE);
}

export function renderGatewayResponse(ctx: InvocationContext, error: GatewayError): GatewayHttpResponse {
  const entry = snapshotOf(ctx)?.gatewayResponses.find((r) => r.responseType === error.responseType);
  const statusCode = entry?.statusCode ? Number(entry.statusCode) : error.defaultStatus;
  const headers: Array<[string, string]> = [["Content-Type", "application/json"]];
  let body: string;
  if (isUncustomised(entry) && error.builtInBody !== undefined) {
    body = error.builtInBody;
  } else {
    const context = buildContextVariables(ctx);
    const stageVariables = ctx.routed?.stageVariables ?? {};
    const templates = entry?.responseTemplates ?? { "application/json": DEFAULT_GATEWAY_RESPONSE_TEMPLATE };
    const selection = selectResponseTemplate(templates, ctx.parsed?.headers.get("accept"));
    const template = selection.kind === "template" ? selection.template : DEFAULT_GATEWAY_RESPONSE_TEMPLATE;
    body = renderGatewayResponseTemplate(template, { context, stageVariables });
    if (selection.kind === "template") headers[0] = ["Content-Type", selection.contentType];
    const mapped = applyResponseParameterMappings(entry?.responseParameters, {
      methodRequest: ctx.parsed && ctx.routed ? methodRequestData(ctx) : undefined,
      stageVariables,
      context,
    });
    for (const [name, value] of Object.entries(mapped)) headers.push([name, value]);
  }
  headers.push(["x-amzn-ErrorType", error.errorType]);
  traceStage(
    ctx,
    "renderGatewayResponse",
    `Gateway response type: ${error.responseType} with status code: ${statusCode}`,
    `Gateway response body: ${body}`,
  );
  return { statusCode, headers, body };
}
