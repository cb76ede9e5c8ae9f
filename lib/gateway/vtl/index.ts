/**
 * Mapping templates (VTL) for REST API non-proxy integrations: template selection and passthrough,
 * rendering with `$input`, `$util`, `$context` (with request/response overrides) and `$stageVariables`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-data-transformations.html
 */
export { renderMappingTemplate } from "./render-mapping-template";
export type { MappingTemplateScope, RenderedMappingTemplate } from "./render-mapping-template";
export type { MethodRequestParams, TemplateDirection } from "./create-input-variable";
export {
  copyContextOverrides,
  createContextOverrides,
  toRequestOverride,
  toResponseOverride,
} from "./context-overrides";
export type { ContextOverrides, RequestOverride, ResponseOverride } from "./context-overrides";
export { DEFAULT_MAPPING_TEMPLATE_LIMITS } from "./render-budget";
export type { MappingTemplateLimits } from "./render-budget";
export { selectRequestTemplate } from "./select-request-template";
export type { RequestTemplateSelection } from "./select-request-template";
export { selectResponseTemplate } from "./select-response-template";
export type { ResponseTemplateSelection } from "./select-response-template";
export { toMediaType } from "./to-media-type";
export { evaluateJsonPath } from "./evaluate-json-path";
export { toVtlString } from "./to-vtl-string";
export {
  ForeachLimitExceededError,
  InvalidJsonRequestBodyError,
  MappingTemplateError,
  MappingTemplateRenderError,
  MappingTemplateSyntaxError,
  MappingTemplateTooLargeError,
  RenderLimitExceededError,
} from "./mapping-template-errors";
export type { RenderLimit } from "./mapping-template-errors";
