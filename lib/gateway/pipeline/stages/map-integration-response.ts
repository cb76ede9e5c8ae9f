/**
 * mapIntegrationResponse: for non-proxy integrations, selects the integration response, runs its response
 * template (chosen by Accept) with the overrides the request template wrote, and applies
 * `$context.responseOverride`. Proxy integrations already produced the method response.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-integration-settings-integration-response.html
 */
import { ApiConfigurationError } from "../../errors";
import { selectIntegrationResponse } from "../../integrations/select-integration-response";
import { applyResponseParameterMappings } from "../../mapping";
import { renderMappingTemplate, selectResponseTemplate, toResponseOverride } from "../../vtl";
import type { InvocationContext } from "../context";
import { traceStage, traceValue } from "../trace";
import { templateParams } from "./map-integration-request";

function toMultiValue(headers: ReadonlyArray<readonly [string, string]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, value] of headers) (out[name] ??= []).push(value);
  return out;
}

export function mapIntegrationResponse(ctx: InvocationContext): void {
  if (ctx.response) return;
  const routed = ctx.routed!;
  const integration = routed.method.methodIntegration!;
  const result = ctx.integrationResult!;
  const isLambda =
    result.lambdaErrorMessage !== undefined ||
    (integration.type === "AWS" && /:lambda:path\//.test(integration.uri ?? ""));
  const selected = selectIntegrationResponse(integration.integrationResponses, {
    subject: result.lambdaErrorMessage !== undefined ? result.lambdaErrorMessage : String(result.statusCode),
    successfulLambda: isLambda && result.lambdaErrorMessage === undefined,
  });
  if (!selected) {
    traceStage(
      ctx,
      "mapIntegrationResponse",
      "Execution failed due to configuration error: No match for output mapping and no default output mapping configured. Endpoint Response Status Code: " +
        result.statusCode,
    ).decisive = true;
    throw new ApiConfigurationError("no integration response matches");
  }
  if (!routed.method.methodResponses?.[selected.statusCode]) {
    traceStage(
      ctx,
      "mapIntegrationResponse",
      `Execution failed due to configuration error: Output mapping refers to an invalid method response: ${selected.statusCode}`,
    ).decisive = true;
    throw new ApiConfigurationError(`no method response for status ${selected.statusCode}`);
  }
  const request = ctx.integrationRequest!;
  const selection = selectResponseTemplate(selected.responseTemplates, ctx.parsed!.headers.get("accept"));
  let body = result.body;
  let overrides = request.overrides;
  if (selection.kind === "template") {
    const rendered = renderMappingTemplate(selection.template, {
      direction: "response",
      payload: result.body,
      params: templateParams(ctx),
      context: request.contextVariables,
      stageVariables: routed.stageVariables,
      overrides,
    });
    body = rendered.output;
    overrides = rendered.overrides;
  }
  const override = overrides ? toResponseOverride(overrides) : { header: {} as Record<string, string> };
  const headers = applyResponseParameterMappings(selected.responseParameters, {
    integrationResponse: { header: toMultiValue(result.headers), body: result.body },
    stageVariables: routed.stageVariables,
    context: request.contextVariables,
  });
  Object.assign(headers, override.header);
  const statusCode = override.status ?? Number(selected.statusCode);
  ctx.methodResponse = {
    statusCode,
    body,
    contentType: selection.kind === "template" ? selection.contentType : "application/json",
    headers,
  };
  traceStage(
    ctx,
    "mapIntegrationResponse",
    `Endpoint response body before transformations: ${traceValue(result.body)}`,
    `Method response body after transformations: ${traceValue(body)}`,
    `Method response headers: ${traceValue(headers)}`,
    `Method completed with status: ${statusCode}`,
  );
}
