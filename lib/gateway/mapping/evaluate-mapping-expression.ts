/**
 * Evaluates one parameter mapping source expression. Where it is used decides which sources it may read
 * (DOC request-response-data-mappings, api-gateway-gatewayResponse-definition):
 * integration request parameters read `method.request.*` (incl. the body), stage variables, context
 * variables and static values; method response headers read `integration.response.*` instead of the method
 * request; gateway response headers read `method.request.path|querystring|header.*`, stage and context
 * variables and static values.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
import { InvalidMappingExpressionError } from "./mapping-errors";
import type {
  IntegrationResponseData,
  MappingSources,
  MappingValue,
  MethodRequestData,
} from "./mapping-sources";
import { parseMappingExpression, type MappingExpression } from "./parse-mapping-expression";
import { readDottedVariable } from "./read-dotted-variable";
import { readMappingBody, toMappingString } from "./read-mapping-body";

export type MappingUsage = "integrationRequest" | "methodResponse" | "gatewayResponse";

const SHARED = ["static", "stageVariables", "context"] as const;
const ALLOWED_SOURCES: Readonly<Record<MappingUsage, ReadonlySet<MappingExpression["source"]>>> = {
  integrationRequest: new Set([...SHARED, "method.request", "method.request.body"]),
  methodResponse: new Set([...SHARED, "integration.response", "integration.response.body"]),
  gatewayResponse: new Set([...SHARED, "method.request"]),
};
const GATEWAY_RESPONSE_LOCATIONS = new Set(["path", "querystring", "header"]);

/** The value of `expression`, or undefined when its source holds nothing (the mapping is then skipped). */
export function evaluateMappingExpression(
  expression: string | MappingExpression,
  sources: MappingSources,
  usage?: MappingUsage,
): MappingValue {
  const parsed = typeof expression === "string" ? parseMappingExpression(expression) : expression;
  const text = typeof expression === "string" ? expression : parsed.source;
  if (usage && !isAllowed(parsed, usage))
    throw new InvalidMappingExpressionError(text, `not available for ${usage}`);
  switch (parsed.source) {
    case "static":
      return parsed.value;
    case "method.request":
      return readMethodRequest(need(sources.methodRequest, text), parsed.location, parsed.name);
    case "method.request.body":
      return readMappingBody(need(sources.methodRequest, text).body, parsed.jsonPath, "method.request");
    case "integration.response":
      return readHeader(need(sources.integrationResponse, text), parsed.location, parsed.name);
    case "integration.response.body":
      return readMappingBody(
        need(sources.integrationResponse, text).body,
        parsed.jsonPath,
        "integration.response",
      );
    case "stageVariables":
      return sources.stageVariables && Object.hasOwn(sources.stageVariables, parsed.name)
        ? sources.stageVariables[parsed.name]
        : undefined;
    case "context":
      return toMappingString(readDottedVariable(sources.context, parsed.path));
  }
}

function isAllowed(expression: MappingExpression, usage: MappingUsage): boolean {
  if (!ALLOWED_SOURCES[usage].has(expression.source)) return false;
  return !(
    usage === "gatewayResponse" &&
    expression.source === "method.request" &&
    !GATEWAY_RESPONSE_LOCATIONS.has(expression.location)
  );
}

function need<T>(source: T | undefined, expression: string): T {
  if (source === undefined) throw new InvalidMappingExpressionError(expression, "source not available here");
  return source;
}

function readMethodRequest(request: MethodRequestData, location: string, name: string): MappingValue {
  switch (location) {
    case "path":
      return Object.hasOwn(request.path, name) ? request.path[name] : undefined;
    case "querystring":
      return Object.hasOwn(request.querystring, name) ? request.querystring[name]?.at(-1) : undefined;
    case "multivaluequerystring": {
      const values = Object.hasOwn(request.querystring, name) ? request.querystring[name] : undefined;
      return values && values.length > 0 ? [...values] : undefined;
    }
    default:
      return readHeader(request, location, name);
  }
}

/** Header values by case-insensitive name: the last one, or all of them joined by commas. */
function readHeader(
  data: MethodRequestData | IntegrationResponseData,
  location: string,
  name: string,
): MappingValue {
  const wanted = name.toLowerCase();
  const values: string[] = [];
  for (const key of Object.keys(data.header))
    if (key.toLowerCase() === wanted) values.push(...(data.header[key] ?? []));
  if (values.length === 0) return undefined;
  return location === "multivalueheader" ? values.join(",") : values[values.length - 1];
}
