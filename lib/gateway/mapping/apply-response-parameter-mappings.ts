/**
 * Builds response headers from `responseParameters`: an integration response's
 * `method.response.header.<name>` mappings, or a gateway response's `gatewayresponse.header.<name>` ones.
 * The target prefix decides which sources the expression may read. Nothing is set for a mapping whose
 * source holds nothing [LS].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html#mapping-response-parameters
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-gatewayResponse-definition.html
 */
import { evaluateMappingExpression, type MappingUsage } from "./evaluate-mapping-expression";
import { InvalidMappingExpressionError } from "./mapping-errors";
import type { MappingSources } from "./mapping-sources";

const TARGET = /^(method\.response|gatewayresponse)\.header\.(.+)$/s;

/**
 * Evaluates every `method.response.header.*` or `gatewayresponse.header.*` mapping into header values.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html#mapping-response-parameters
 */
export function applyResponseParameterMappings(
  responseParameters: Readonly<Record<string, string>> | undefined,
  sources: MappingSources,
): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [target, expression] of Object.entries(responseParameters ?? {})) {
    const parts = TARGET.exec(target);
    if (!parts) throw new InvalidMappingExpressionError(target, "not a response header parameter");
    const usage: MappingUsage = parts[1] === "gatewayresponse" ? "gatewayResponse" : "methodResponse";
    const value = evaluateMappingExpression(expression, sources, usage);
    if (value === undefined || value === "" || value.length === 0) continue;
    headers[parts[2] as string] = Array.isArray(value) ? value.join(",") : value;
  }
  return headers;
}
