/**
 * The method request as parameter validation and cache keys see it: headers, query string and the path
 * parameters the route matched. Header names match case-insensitively, as HTTP requires; query-string and
 * path names are case-sensitive, as API Gateway treats them.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */

/** A value as received: one string, or every value of a repeated header or query-string name. */
export type ParameterValue = string | readonly string[] | undefined;

export interface MethodRequestValues {
  /** Header name (any spelling) to its value(s). */
  readonly headers: Readonly<Record<string, ParameterValue>>;
  /** Query-string name to its value(s), already URL-decoded. */
  readonly querystring: Readonly<Record<string, ParameterValue>>;
  /** Path-parameter name (as in the resource path, `{petId}` gives `petId`) to its value. */
  readonly path: Readonly<Record<string, string | undefined>>;
}

export type ParameterLocation = "header" | "querystring" | "path";

const PREFIX = "method.request.";

/** Splits `method.request.header.x-id` into its location and name; undefined for any other expression. */
export function toParameterReference(
  expression: string,
): { location: ParameterLocation; name: string } | undefined {
  if (!expression.startsWith(PREFIX)) return undefined;
  const rest = expression.slice(PREFIX.length);
  const dot = rest.indexOf(".");
  if (dot <= 0 || dot === rest.length - 1) return undefined;
  const location = rest.slice(0, dot);
  if (location !== "header" && location !== "querystring" && location !== "path") return undefined;
  return { location, name: rest.slice(dot + 1) };
}

/**
 * The single value AWS exposes as `method.request.<location>.<name>`: the last value of a repeated query
 * parameter, and a repeated header's values joined by commas.
 */
export function readMethodRequestParameter(
  values: MethodRequestValues,
  location: ParameterLocation,
  name: string,
): string | undefined {
  if (location === "path") return values.path[name];
  if (location === "querystring") return lastValue(values.querystring[name]);
  return joinedValue(findHeader(values.headers, name));
}

function findHeader(headers: MethodRequestValues["headers"], name: string): ParameterValue {
  const exact = headers[name];
  if (exact !== undefined) return exact;
  const lower = name.toLowerCase();
  for (const key in headers) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}

function lastValue(value: ParameterValue): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return value[value.length - 1];
}

function joinedValue(value: ParameterValue): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  return value.length === 0 ? undefined : value.join(",");
}
