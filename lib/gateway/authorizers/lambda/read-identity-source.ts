/**
 * Reads one identity source from the request: headers by name whatever their case, query-string
 * parameters and stage variables by exact name, `$context` variables by dotted path. Lookups use own
 * properties only, so a source named `constructor` or `__proto__` finds nothing rather than a prototype.
 */
import type { AuthorizerRequest } from "./authorizer-request";
import type { IdentitySource } from "./parse-identity-sources";

function ownValue<T>(map: Readonly<Record<string, T>> | null | undefined, name: string): T | undefined {
  return map && Object.hasOwn(map, name) ? map[name] : undefined;
}

function readHeader(headers: AuthorizerRequest["headers"], name: string): string | undefined {
  if (!headers) return undefined;
  const exact = ownValue(headers, name);
  if (exact !== undefined) return exact;
  const wanted = name.toLowerCase();
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : headers[key];
}

/** A `$context` value by dotted path; numbers and booleans read as their text, objects as absent. */
function readContext(context: Readonly<Record<string, unknown>>, path: string): string | undefined {
  let value: unknown = context;
  for (const segment of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = ownValue(value as Record<string, unknown>, segment);
  }
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return undefined;
}

/** The source's value in `request`, or undefined when the request does not carry it. */
export function readIdentitySource(source: IdentitySource, request: AuthorizerRequest): string | undefined {
  switch (source.kind) {
    case "header":
      return readHeader(request.headers, source.name);
    case "querystring":
      return ownValue(request.queryStringParameters, source.name);
    case "stageVariables":
      return ownValue(request.stageVariables, source.name);
    case "context":
      return readContext(request.contextVariables ?? request.requestContext, source.name);
  }
}
