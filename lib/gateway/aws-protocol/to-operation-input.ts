import type { RestJsonQuery, RouteMatch } from "./find-rest-json-route";
import type { QueryBinding } from "./rest-json-route";
import { SerializationException } from "./rest-json-protocol-error";

/**
 * The operation's input from a matched request: body members (renamed from their `@jsonName`), then
 * `@httpHeader`, `@httpQueryParams` and `@httpQuery` members, then the decoded `@httpLabel`s, which win
 * over anything the body claims.
 * @see https://smithy.io/2.0/spec/http-bindings.html
 */
export function toOperationInput(
  { route, labels }: RouteMatch,
  query: RestJsonQuery,
  body: string | null,
  headers: Readonly<Record<string, string | undefined>> = {},
): Record<string, unknown> {
  const fromBody = route.payload
    ? { [route.payload]: body ?? "" }
    : renameBodyMembers(parseJsonObject(body), route.bodyNames ?? {});
  return {
    ...fromBody,
    ...toHeaderMembers(route.headers ?? {}, headers),
    ...(route.queryParams && { [route.queryParams]: toQueryParamsMap(route, query) }),
    ...toQueryMembers(route.query ?? {}, query),
    ...labels,
  };
}

function toHeaderMembers(
  bindings: Readonly<Record<string, string>>,
  headers: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const members: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const member = bindings[name.toLowerCase()];
    if (member !== undefined && value !== undefined) members[member] = value;
  }
  return members;
}

/**
 * `@httpQueryParams`: every query parameter the route does not bind otherwise (nor its literal
 * `?mode=import`), last value winning. The AWS CLI's `parameters[basepath]=split` form is read too.
 */
function toQueryParamsMap(route: RouteMatch["route"], query: RestJsonQuery): Record<string, string> {
  const literal = new URLSearchParams(route.uri.split("?")[1] ?? "");
  const map: Record<string, string> = {};
  for (const [name, raw] of Object.entries(query)) {
    if (raw === undefined || name in (route.query ?? {}) || literal.has(name)) continue;
    const key = /^parameters\[(.+)\]$/.exec(name)?.[1] ?? name;
    map[key] = typeof raw === "string" ? raw : (raw.at(-1) ?? "");
  }
  return map;
}

function parseJsonObject(body: string | null): Record<string, unknown> {
  if (body === null || body.trim() === "") return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SerializationException("The request body is not valid JSON");
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new SerializationException("The request body must be a JSON object");
  return parsed as Record<string, unknown>;
}

function renameBodyMembers(
  fields: Record<string, unknown>,
  bodyNames: Readonly<Record<string, string>>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, value]) => [bodyNames[name] ?? name, value]));
}

function toQueryMembers(
  bindings: Readonly<Record<string, QueryBinding>>,
  query: RestJsonQuery,
): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  for (const [name, binding] of Object.entries(bindings)) {
    const raw = query[name];
    if (raw === undefined) continue;
    const values: readonly string[] = typeof raw === "string" ? [raw] : raw;
    members[binding.member] = toQueryValue(name, binding, values);
  }
  return members;
}

function toQueryValue(name: string, binding: QueryBinding, values: readonly string[]): unknown {
  // Smithy sends a list as repeated keys (`embed=a&embed=b`), never comma-joined.
  if (binding.type === "list") return [...values];
  const value = values[0] ?? "";
  if (binding.type === "string") return value;
  if (binding.type === "integer") {
    if (!/^-?\d+$/.test(value))
      throw new SerializationException(`Query parameter ${name} must be an integer`);
    return Number(value);
  }
  if (value !== "true" && value !== "false")
    throw new SerializationException(`Query parameter ${name} must be true or false`);
  return value === "true";
}
