/**
 * mapIntegrationRequest: turns the method request into the integration request. Proxy integrations pass
 * the request on; the others run the request template chosen by Content-Type and passthrough behaviour
 * (415 when none applies), then the parameter mappings and `$context.requestOverride`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
 */
import { UnsupportedMediaTypeError } from "../../errors";
import { applyRequestParameterMappings, assertIntegrationHeadersAllowed } from "../../mapping";
import type { MethodRequestData } from "../../mapping";
import { renderMappingTemplate, selectRequestTemplate, toRequestOverride } from "../../vtl";
import type { MethodRequestParams } from "../../vtl";
import type { IntegrationRequestSlot, InvocationContext } from "../context";
import { buildContextVariables } from "../context-variables";
import { methodValuesOf } from "../method-values";
import { traceStage, traceValue } from "../trace";

/** `$input.params()`: one value per name (the last query value, joined header values). */
export function templateParams(ctx: InvocationContext): MethodRequestParams {
  const values = methodValuesOf(ctx);
  const querystring: Record<string, string> = {};
  for (const [name, v] of Object.entries(values.querystring))
    querystring[name] = Array.isArray(v) ? (v.at(-1) ?? "") : String(v ?? "");
  return {
    path: { ...ctx.routed!.pathParameters },
    querystring,
    header: ctx.parsed!.headers.toSingleValue(),
  };
}

export function methodRequestData(ctx: InvocationContext): MethodRequestData {
  const values = methodValuesOf(ctx);
  return {
    path: (ctx.routed!.pathParameters ?? {}) as Record<string, string>,
    querystring: values.querystring as Record<string, readonly string[]>,
    header: values.headers as Record<string, readonly string[]>,
    body: ctx.parsed!.body,
  };
}

export function mapIntegrationRequest(ctx: InvocationContext): void {
  const routed = ctx.routed!;
  const integration = routed.method.methodIntegration!;
  const contextVariables = buildContextVariables(ctx);
  const sources = {
    methodRequest: methodRequestData(ctx),
    stageVariables: routed.stageVariables,
    context: contextVariables,
  };
  const mapped = applyRequestParameterMappings(integration.requestParameters, sources, integration.type);
  const slot: IntegrationRequestSlot = { body: ctx.parsed!.body, ...mapped, contextVariables };
  ctx.integrationRequest = slot;
  if (integration.type === "AWS_PROXY" || integration.type === "HTTP_PROXY") {
    traceStage(
      ctx,
      "mapIntegrationRequest",
      `${integration.type}: request passed to the integration unchanged`,
    );
    return;
  }
  const contentType = ctx.parsed!.headers.get("content-type");
  const selection = selectRequestTemplate(
    integration.requestTemplates,
    contentType,
    integration.passthroughBehavior,
  );
  if (selection.kind === "unsupported") {
    traceStage(
      ctx,
      "mapIntegrationRequest",
      `No mapping template for content type ${contentType ?? "application/json"} and passthrough behavior ${integration.passthroughBehavior ?? "WHEN_NO_MATCH"}`,
    ).decisive = true;
    throw new UnsupportedMediaTypeError();
  }
  if (selection.kind === "template") {
    const rendered = renderMappingTemplate(selection.template, {
      direction: "request",
      payload: ctx.parsed!.body,
      params: templateParams(ctx),
      context: contextVariables,
      stageVariables: routed.stageVariables,
    });
    slot.body = rendered.output;
    slot.overrides = rendered.overrides;
    const override = toRequestOverride(rendered.overrides);
    Object.assign(slot.header, override.header);
    Object.assign(slot.path, override.path);
    for (const [name, value] of Object.entries(override.querystring)) slot.querystring[name] = [value];
    assertIntegrationHeadersAllowed(Object.keys(slot.header), integration.type);
  }
  traceStage(
    ctx,
    "mapIntegrationRequest",
    `Endpoint request body after transformations: ${traceValue(slot.body ?? "")}`,
    `Endpoint request headers: ${traceValue(slot.header)}`,
  );
}
