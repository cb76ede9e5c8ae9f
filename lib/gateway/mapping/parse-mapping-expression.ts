/**
 * Parses a parameter mapping source expression into its parts, so that callers (and the control plane,
 * when it validates a put) work with a typed value instead of string prefixes.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
import { InvalidMappingExpressionError } from "./mapping-errors";

export type MethodRequestLocation =
  "path" | "querystring" | "multivaluequerystring" | "header" | "multivalueheader";

export type MappingExpression =
  | { source: "static"; value: string }
  | { source: "method.request"; location: MethodRequestLocation; name: string }
  | { source: "method.request.body"; jsonPath?: string }
  | { source: "integration.response"; location: "header" | "multivalueheader"; name: string }
  | { source: "integration.response.body"; jsonPath?: string }
  | { source: "stageVariables"; name: string }
  | { source: "context"; path: string };

const METHOD_REQUEST =
  /^method\.request\.(path|querystring|multivaluequerystring|header|multivalueheader)\.(.+)$/s;
const INTEGRATION_RESPONSE = /^integration\.response\.(header|multivalueheader)\.(.+)$/s;
const BODY = /^(method\.request|integration\.response)\.body(?:\.(.+))?$/s;
const STAGE_VARIABLE = /^stageVariables\.(.+)$/s;
const CONTEXT_VARIABLE = /^context\.(.+)$/s;

/**
 * Parses a mapping source expression; throws InvalidMappingExpressionError for anything undocumented.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
export function parseMappingExpression(expression: string): MappingExpression {
  if (expression.length >= 2 && expression.startsWith("'") && expression.endsWith("'"))
    return { source: "static", value: expression.slice(1, -1) };
  const body = BODY.exec(expression);
  if (body) {
    const source = body[1] === "method.request" ? "method.request.body" : "integration.response.body";
    return body[2] === undefined ? { source } : { source, jsonPath: body[2] };
  }
  const request = METHOD_REQUEST.exec(expression);
  if (request)
    return {
      source: "method.request",
      location: request[1] as MethodRequestLocation,
      name: request[2] as string,
    };
  const response = INTEGRATION_RESPONSE.exec(expression);
  if (response)
    return {
      source: "integration.response",
      location: response[1] as "header" | "multivalueheader",
      name: response[2] as string,
    };
  const stage = STAGE_VARIABLE.exec(expression);
  if (stage) return { source: "stageVariables", name: stage[1] as string };
  const context = CONTEXT_VARIABLE.exec(expression);
  if (context) return { source: "context", path: context[1] as string };
  throw new InvalidMappingExpressionError(expression, "not a recognised source");
}
