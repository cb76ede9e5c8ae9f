/**
 * Renders one API Gateway mapping template (VTL) for one request. The caller gives the payload, the method
 * request's parameters, `$context`, `$stageVariables` and the overrides left by earlier templates of the same
 * request; it gets the output and the overrides as this template left them. Failures are typed
 * GatewayErrors (see mapping-template-errors) that the pipeline renders as gateway responses.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
import { GatewayError } from "../errors";
import { ApiGatewayVelocity } from "./api-gateway-velocity";
import { cloneVtlMap } from "./clone-vtl-data";
import { copyContextOverrides, type ContextOverrides } from "./context-overrides";
import {
  createInputVariable,
  type MethodRequestParams,
  type TemplateDirection,
} from "./create-input-variable";
import { UTIL_VARIABLE } from "./create-util-variable";
import {
  MappingTemplateRenderError,
  MappingTemplateTooLargeError,
  RenderLimitExceededError,
} from "./mapping-template-errors";
import { parseTemplateCached } from "./parse-template-cached";
import { DEFAULT_MAPPING_TEMPLATE_LIMITS, RenderBudget, type MappingTemplateLimits } from "./render-budget";

export interface MappingTemplateScope {
  /** "request" for an integration request template, "response" for an integration response template. */
  direction: TemplateDirection;
  /** `$input.body`: the method request's body, or the integration response's body; null when there is none. */
  payload: string | null | undefined;
  /** `$input.params()`: always the method request's parameters. */
  params: MethodRequestParams;
  /** `$context`, as built for this request; the template sees (and may change) a copy. */
  context: Readonly<Record<string, unknown>>;
  /** `$stageVariables`. */
  stageVariables: Readonly<Record<string, string>>;
  /** What earlier templates of this request wrote into `$context.requestOverride` / `responseOverride`. */
  overrides?: ContextOverrides;
}

export interface RenderedMappingTemplate {
  output: string;
  /** Pass to the next template of the same request; read with toRequestOverride / toResponseOverride. */
  overrides: ContextOverrides;
}

/**
 * Renders `template` for one request; throws a GatewayError (MappingTemplateError subclasses,
 * InvalidJsonRequestBodyError) the pipeline renders as a gateway response.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
 */
export function renderMappingTemplate(
  template: string,
  scope: MappingTemplateScope,
  limits: Partial<MappingTemplateLimits> = {},
): RenderedMappingTemplate {
  const resolved = Object.keys(limits).length
    ? { ...DEFAULT_MAPPING_TEMPLATE_LIMITS, ...limits }
    : DEFAULT_MAPPING_TEMPLATE_LIMITS;
  checkTemplateSize(template, resolved.maxTemplateBytes);
  const asts = parseTemplateCached(template);
  const budget = new RenderBudget(resolved);
  const context = toTemplateContext(scope.context, copyContextOverrides(scope.overrides));
  const root: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  root.input = createInputVariable(scope.payload, scope.params, scope.direction);
  root.util = UTIL_VARIABLE;
  root.context = context;
  root.stageVariables = cloneVtlMap(scope.stageVariables);
  const output = runTemplate(asts, budget, root);
  return { output, overrides: readOverrides(context) };
}

function toTemplateContext(
  context: Readonly<Record<string, unknown>>,
  overrides: ContextOverrides,
): Record<string, unknown> {
  const copy = cloneVtlMap(context);
  copy.requestOverride = overrides.requestOverride;
  copy.responseOverride = overrides.responseOverride;
  return copy;
}

/** Reads the overrides back from `$context`: a template may have replaced a whole map. */
function readOverrides(context: Record<string, unknown>): ContextOverrides {
  const { requestOverride, responseOverride } = context;
  const asMap = (value: unknown) =>
    typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  return { requestOverride: asMap(requestOverride), responseOverride: asMap(responseOverride) };
}

function runTemplate(asts: readonly unknown[], budget: RenderBudget, root: Record<string, unknown>): string {
  try {
    const output = new ApiGatewayVelocity(asts, budget).renderWith(root);
    budget.checkOutputLength(output.length);
    return output;
  } catch (error) {
    throw toGatewayError(error);
  }
}

function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // V8 refuses strings past ~2^29 characters before our own output check can run.
  if (error instanceof RangeError && /string length/i.test(message))
    return new RenderLimitExceededError("output", message);
  return new MappingTemplateRenderError(`Unable to render mapping template: ${message}`);
}

/** 300 KB counted in UTF-8 bytes, without encoding the template when its length already settles it. */
function checkTemplateSize(template: string, maxBytes: number): void {
  if (template.length * 3 <= maxBytes) return;
  const bytes = utf8Length(template);
  if (bytes > maxBytes) throw new MappingTemplateTooLargeError(bytes, maxBytes);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
