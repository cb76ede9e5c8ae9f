import { ACCOUNT_ROUTES } from "./account-routes";
import { API_ROUTES } from "./api-routes";
import { API_SETTING_ROUTES } from "./api-setting-routes";
import type { RestJsonRoute } from "./rest-json-route";
import { SerializationException, UnknownOperationException } from "./rest-json-protocol-error";

/** Every operation the endpoint serves. */
export const REST_JSON_ROUTES: readonly RestJsonRoute[] = [
  ...API_ROUTES,
  ...API_SETTING_ROUTES,
  ...ACCOUNT_ROUTES,
];

/** A query string as the front door parsed it: repeated keys become arrays. */
export type RestJsonQuery = Readonly<Record<string, string | readonly string[] | undefined>>;

export interface RouteMatch {
  route: RestJsonRoute;
  /** The URI labels, percent-decoded: `{ restApiId: "a1b2c3" }`. */
  labels: Record<string, string>;
}

/**
 * The operation for a method and path (relative to the endpoint), with its decoded labels. Where two
 * templates match, the one with more literal segments wins, as Smithy's URI conflict rules require.
 * @see https://smithy.io/2.0/spec/http-bindings.html#uri-pattern-validation
 */
export function findRestJsonRouteOrThrow(method: string, path: string, query: RestJsonQuery): RouteMatch {
  const segments = toPathSegments(path);
  let best: { match: RouteMatch; score: number } | undefined;
  for (const route of REST_JSON_ROUTES) {
    if (route.method !== method.toUpperCase() || !matchesLiteralQuery(route.uri, query)) continue;
    const labels = matchTemplate(route.uri, segments);
    if (!labels) continue;
    const score = countLiteralSegments(route.uri) + (route.uri.includes("?") ? 1 : 0);
    if (!best || score > best.score) best = { match: { route, labels }, score };
  }
  if (!best) throw new UnknownOperationException(`Unknown operation: ${method.toUpperCase()} ${path}`);
  return best.match;
}

function toPathSegments(path: string): string[] {
  const trimmed = path.replace(/^\/+|\/+$/g, "");
  if (trimmed === "") return [];
  return trimmed.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw new SerializationException(`Malformed percent-encoding in path segment "${segment}"`);
    }
  });
}

function templateSegments(uri: string): string[] {
  return (uri.split("?")[0] ?? "").split("/").filter((segment) => segment !== "");
}

function matchTemplate(uri: string, segments: readonly string[]): Record<string, string> | undefined {
  const template = templateSegments(uri);
  if (template.length !== segments.length) return undefined;
  const labels: Record<string, string> = {};
  for (const [index, part] of template.entries()) {
    const actual = segments[index] ?? "";
    const label = /^\{(\w+)\}$/.exec(part)?.[1];
    if (label !== undefined) {
      if (actual === "") return undefined;
      labels[label] = actual;
    } else if (part !== actual) return undefined;
  }
  return labels;
}

function countLiteralSegments(uri: string): number {
  return templateSegments(uri).filter((part) => !part.startsWith("{")).length;
}

/** `/apikeys?mode=import` requires `mode=import` in the request's query. */
function matchesLiteralQuery(uri: string, query: RestJsonQuery): boolean {
  const literal = uri.split("?")[1];
  if (literal === undefined) return true;
  return [...new URLSearchParams(literal)].every(([name, value]) => {
    const actual = query[name];
    return Array.isArray(actual) ? actual.includes(value) : actual === value;
  });
}
