import type { RestApiRecord } from "./control-state";
import {
  DEFAULT_GATEWAY_RESPONSE_STATUS,
  DEFAULT_GATEWAY_RESPONSE_TEMPLATES,
  GATEWAY_RESPONSE_TYPES,
} from "./default-gateway-responses";
import type { GatewayResponse, GatewayResponseType } from "./types";

/**
 * The gateway response API Gateway uses for `type`, as GetGatewayResponse shows it:
 * 1. the response the user put for this type (its status, or the type's default status);
 * 2. else, for a type that was never put, DEFAULT_5XX (5XX types) or DEFAULT_4XX (all others) when the
 *    user put that one: its parameters and templates, its status or the type's own, still `defaultResponse: true`;
 * 3. else the built-in default.
 * [REC LS:test_apigateway_api::test_gateway_response_put, spec 1.5]
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 */
export function resolveGatewayResponse(record: RestApiRecord, type: GatewayResponseType): GatewayResponse {
  const defaultStatus = DEFAULT_GATEWAY_RESPONSE_STATUS[type];
  const custom = record.gatewayResponses[type];
  if (custom) return withStatus(structuredClone(custom), custom.statusCode ?? defaultStatus);
  const fallbackType = defaultStatus?.startsWith("5") ? "DEFAULT_5XX" : "DEFAULT_4XX";
  const fallback = defaultStatus === undefined ? undefined : record.gatewayResponses[fallbackType];
  return withStatus(
    {
      responseType: type,
      defaultResponse: true,
      responseParameters: { ...fallback?.responseParameters },
      responseTemplates: { ...(fallback?.responseTemplates ?? DEFAULT_GATEWAY_RESPONSE_TEMPLATES) },
    },
    fallback?.statusCode ?? defaultStatus,
  );
}

/** All 21 types, alphabetical, as GetGatewayResponses lists them. */
export function resolveGatewayResponses(record: RestApiRecord): GatewayResponse[] {
  return GATEWAY_RESPONSE_TYPES.map((type) => resolveGatewayResponse(record, type));
}

/** DEFAULT_4XX and DEFAULT_5XX have no status code until one is put [REC]. */
function withStatus(response: GatewayResponse, statusCode: string | undefined): GatewayResponse {
  if (statusCode === undefined) delete response.statusCode;
  else response.statusCode = statusCode;
  return response;
}
