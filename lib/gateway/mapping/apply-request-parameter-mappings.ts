/**
 * Builds the integration request's path, query string and header parameters from an integration's
 * `requestParameters` (`integration.request.{path|querystring|header}.<name>` to a source expression).
 * A mapping whose source holds nothing, or an empty string, sets nothing [LS]. A multi-value query string
 * stays multi-valued; multi-valued sources mapped to a header or path are joined by commas.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html#mapping-request-parameters
 */
import type { IntegrationType } from "../control/types";
import { assertIntegrationHeadersAllowed } from "./assert-integration-headers-allowed";
import { evaluateMappingExpression } from "./evaluate-mapping-expression";
import { InvalidMappingExpressionError } from "./mapping-errors";
import type { MappingSources } from "./mapping-sources";

export interface IntegrationRequestParameters {
  path: Record<string, string>;
  querystring: Record<string, string[]>;
  header: Record<string, string>;
}

const TARGET = /^integration\.request\.(path|querystring|header)\.(.+)$/s;

/**
 * Evaluates every `integration.request.*` mapping; throws InvalidIntegrationHeaderMappingError for a refused header.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html#mapping-request-parameters
 */
export function applyRequestParameterMappings(
  requestParameters: Readonly<Record<string, string>> | undefined,
  sources: MappingSources,
  integrationType?: IntegrationType,
): IntegrationRequestParameters {
  const mapped: IntegrationRequestParameters = { path: {}, querystring: {}, header: {} };
  for (const [target, expression] of Object.entries(requestParameters ?? {})) {
    const parts = TARGET.exec(target);
    if (!parts) throw new InvalidMappingExpressionError(target, "not an integration request parameter");
    const [, location, name] = parts as unknown as [string, keyof IntegrationRequestParameters, string];
    const value = evaluateMappingExpression(expression, sources, "integrationRequest");
    if (value === undefined || value === "" || value.length === 0) continue;
    if (location === "querystring") mapped.querystring[name] = Array.isArray(value) ? value : [value];
    else mapped[location][name] = Array.isArray(value) ? value.join(",") : value;
  }
  assertIntegrationHeadersAllowed(Object.keys(mapped.header), integrationType);
  return mapped;
}
