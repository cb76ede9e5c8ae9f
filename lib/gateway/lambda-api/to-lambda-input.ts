import { SerializationException, type RestJsonRequest } from "../aws-protocol";
import type { LambdaRouteMatch } from "./find-lambda-route";
import type { LambdaQueryBinding } from "./lambda-routes";

/**
 * An operation's input from a matched request: JSON body members (or the raw body for Invoke's `Payload`), then
 * bound headers and query members, then the decoded URI labels, which win over anything the body claims.
 * @see https://smithy.io/2.0/spec/http-bindings.html
 */
export function toLambdaInput(
  { route, labels }: LambdaRouteMatch,
  request: RestJsonRequest,
): Record<string, unknown> {
  const fromBody = route.payload ? { [route.payload]: request.body ?? "" } : parseJsonObject(request.body);
  return {
    ...fromBody,
    ...toHeaderMembers(route.headers ?? {}, request.headers),
    ...toQueryMembers(route.query ?? {}, request.query),
    ...labels,
  };
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

function toHeaderMembers(
  bindings: Readonly<Record<string, string>>,
  headers: RestJsonRequest["headers"],
): Record<string, string> {
  const members: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const member = bindings[name.toLowerCase()];
    if (member !== undefined && value !== undefined) members[member] = value;
  }
  return members;
}

function toQueryMembers(
  bindings: Readonly<Record<string, LambdaQueryBinding>>,
  query: RestJsonRequest["query"],
): Record<string, unknown> {
  const members: Record<string, unknown> = {};
  for (const [name, binding] of Object.entries(bindings)) {
    const raw = query[name];
    const value = typeof raw === "string" ? raw : raw?.[0];
    if (value === undefined) continue;
    if (binding.type === "string") members[binding.member] = value;
    else if (/^-?\d+$/.test(value)) members[binding.member] = Number(value);
    else throw new SerializationException(`Query parameter ${name} must be an integer`);
  }
  return members;
}
