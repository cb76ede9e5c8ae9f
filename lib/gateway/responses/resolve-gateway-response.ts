/**
 * Which configuration renders a gateway response of type T (spec 1.5, DOC + REC inheritance):
 * 1. T customised on the API → its status (or T's default when it sets none), parameters and templates;
 * 2. else DEFAULT_4XX / DEFAULT_5XX customised → its parameters and templates, its status if set,
 *    otherwise T's default status;
 * 3. else the built-in response: T's default status and AWS's default body.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 */
import type { GatewayResponse, GatewayResponseType } from "../control/types";

export interface ResolvedGatewayResponse {
  statusCode: number;
  responseParameters: Record<string, string>;
  responseTemplates: Record<string, string>;
  /** Which configuration applied: the type itself, its DEFAULT_xXX parent, or none (built in). */
  source: "type" | "default" | "built-in";
}

function customised(all: readonly GatewayResponse[], type: GatewayResponseType): GatewayResponse | undefined {
  return all.find((r) => r.responseType === type && !r.defaultResponse);
}

export function resolveGatewayResponse(
  type: GatewayResponseType,
  defaultStatus: number,
  configured: readonly GatewayResponse[],
): ResolvedGatewayResponse {
  const own = type === "DEFAULT_4XX" || type === "DEFAULT_5XX" ? undefined : customised(configured, type);
  const parent = customised(configured, defaultStatus >= 500 ? "DEFAULT_5XX" : "DEFAULT_4XX");
  const chosen = own ?? parent;
  if (!chosen)
    return { statusCode: defaultStatus, responseParameters: {}, responseTemplates: {}, source: "built-in" };
  const status = chosen.statusCode ? Number(chosen.statusCode) : defaultStatus;
  return {
    statusCode: Number.isInteger(status) ? status : defaultStatus,
    responseParameters: { ...chosen.responseParameters },
    responseTemplates: { ...chosen.responseTemplates },
    source: own ? "type" : "default",
  };
}
