import { compilePathPattern } from "./compile-path-pattern";
import type { PathMatcher } from "./compile-path-pattern";
import { emptyRecord, readOwn } from "./empty-record";
import type { ReceivedRequest } from "./http-backend";
import type { ScriptedMatch } from "./scripted-backend-definition";

/** A rule's `match`, compiled once: returns the path parameters when a request matches, else null. */
export type RuleMatcher = (request: ReceivedRequest) => Record<string, string> | null;

function matchesMethod(method: string | undefined, request: ReceivedRequest): boolean {
  return method === undefined || method === "ANY" || method === request.method;
}

/** Every listed query parameter is present with that value (among its values, when it repeats). */
function matchesQuery(query: Record<string, string> | undefined, request: ReceivedRequest): boolean {
  return Object.entries(query ?? {}).every(([name, value]) => readOwn(request.query, name)?.includes(value));
}

/** Every listed header is present, whatever its spelling, with exactly that value (one of its lines). */
function matchesHeaders(headers: Record<string, string> | undefined, request: ReceivedRequest): boolean {
  return Object.entries(headers ?? {}).every(([name, value]) => {
    const wanted = name.toLowerCase();
    return request.headers.some(([n, v]) => n.toLowerCase() === wanted && v === value);
  });
}

/** Compiles a rule's conditions; an absent or empty `match` matches every request. */
export function compileRuleMatcher(match: ScriptedMatch | undefined): RuleMatcher {
  const matchPath: PathMatcher = match?.path ? compilePathPattern(match.path) : () => emptyRecord<string>();
  return (request) => {
    if (!matchesMethod(match?.method, request)) return null;
    if (!matchesQuery(match?.query, request) || !matchesHeaders(match?.headers, request)) return null;
    if (match?.bodyContains !== undefined && !request.body.includes(match.bodyContains)) return null;
    return matchPath(request.path);
  };
}
