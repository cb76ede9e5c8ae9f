/**
 * Parameter mapping for REST APIs: integration request parameters, method response headers and gateway
 * response headers from mapping expressions, and gateway response body templates.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
export { applyRequestParameterMappings } from "./apply-request-parameter-mappings";
export type { IntegrationRequestParameters } from "./apply-request-parameter-mappings";
export { applyResponseParameterMappings } from "./apply-response-parameter-mappings";
export { assertIntegrationHeadersAllowed } from "./assert-integration-headers-allowed";
export { evaluateMappingExpression } from "./evaluate-mapping-expression";
export type { MappingUsage } from "./evaluate-mapping-expression";
export { parseMappingExpression } from "./parse-mapping-expression";
export type { MappingExpression, MethodRequestLocation } from "./parse-mapping-expression";
export type {
  IntegrationResponseData,
  MappingSources,
  MappingValue,
  MethodRequestData,
} from "./mapping-sources";
export { renderGatewayResponseTemplate } from "./render-gateway-response-template";
export type { GatewayResponseTemplateValues } from "./render-gateway-response-template";
export {
  InvalidIntegrationHeaderMappingError,
  InvalidIntegrationResponseBodyError,
  InvalidJsonInRequestBodyError,
  InvalidMappingExpressionError,
} from "./mapping-errors";
