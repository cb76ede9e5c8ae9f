import type { GatewayResponseType } from "./types";

/**
 * The 21 gateway response types with their default status codes; DEFAULT_4XX and DEFAULT_5XX have
 * none. In the order AWS lists them in GetGatewayResponses (alphabetical)
 * [REC LS:test_apigateway_api::test_gateway_response_crud, spec 1.5].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
export const DEFAULT_GATEWAY_RESPONSE_STATUS: Readonly<Record<GatewayResponseType, string | undefined>> = {
  ACCESS_DENIED: "403",
  API_CONFIGURATION_ERROR: "500",
  AUTHORIZER_CONFIGURATION_ERROR: "500",
  AUTHORIZER_FAILURE: "500",
  BAD_REQUEST_BODY: "400",
  BAD_REQUEST_PARAMETERS: "400",
  DEFAULT_4XX: undefined,
  DEFAULT_5XX: undefined,
  EXPIRED_TOKEN: "403",
  INTEGRATION_FAILURE: "504",
  INTEGRATION_TIMEOUT: "504",
  INVALID_API_KEY: "403",
  INVALID_SIGNATURE: "403",
  MISSING_AUTHENTICATION_TOKEN: "403",
  QUOTA_EXCEEDED: "429",
  REQUEST_TOO_LARGE: "413",
  RESOURCE_NOT_FOUND: "404",
  THROTTLED: "429",
  UNAUTHORIZED: "401",
  UNSUPPORTED_MEDIA_TYPE: "415",
  WAF_FILTERED: "403",
};

/** Every type, alphabetical, as GetGatewayResponses lists them. */
export const GATEWAY_RESPONSE_TYPES = Object.keys(DEFAULT_GATEWAY_RESPONSE_STATUS) as GatewayResponseType[];

/** The type set in the order AWS prints it in its ValidationException [REC spec 1.5]. */
export const GATEWAY_RESPONSE_TYPE_ENUM_ORDER: readonly GatewayResponseType[] = [
  "REQUEST_TOO_LARGE",
  "RESOURCE_NOT_FOUND",
  "AUTHORIZER_CONFIGURATION_ERROR",
  "MISSING_AUTHENTICATION_TOKEN",
  "BAD_REQUEST_BODY",
  "INVALID_SIGNATURE",
  "INVALID_API_KEY",
  "BAD_REQUEST_PARAMETERS",
  "AUTHORIZER_FAILURE",
  "UNAUTHORIZED",
  "INTEGRATION_TIMEOUT",
  "ACCESS_DENIED",
  "DEFAULT_4XX",
  "DEFAULT_5XX",
  "WAF_FILTERED",
  "QUOTA_EXCEEDED",
  "THROTTLED",
  "API_CONFIGURATION_ERROR",
  "UNSUPPORTED_MEDIA_TYPE",
  "INTEGRATION_FAILURE",
  "EXPIRED_TOKEN",
];

/** The body template of every default response: `$context.error.messageString` is already quoted. */
export const DEFAULT_GATEWAY_RESPONSE_TEMPLATES: Readonly<Record<string, string>> = {
  "application/json": '{"message":$context.error.messageString}',
};
