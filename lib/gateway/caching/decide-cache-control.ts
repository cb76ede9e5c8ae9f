import type { UnauthorizedCacheControlHeaderStrategy } from "../control/types";

/** Commonly reported text of the header AWS adds when it ignores an unauthorized `max-age=0` (unverified). */
export const CACHE_CONTROL_IGNORED_WARNING =
  '199 "Cache-control headers were ignored because the caller was unauthorized."';

export type CacheControlDecision =
  /** No invalidation asked for: look the request up in the cache as usual. */
  | { readonly action: "LOOKUP" }
  /** Skip the cache, call the integration, and let its response replace the entry. */
  | { readonly action: "BYPASS_AND_REPLACE" }
  /** Invalidation refused: serve as usual (from the cache on a hit), adding `headers` to the response. */
  | {
      readonly action: "LOOKUP_IGNORING_CACHE_CONTROL";
      readonly headers: ReadonlyArray<readonly [string, string]>;
    }
  /** Invalidation refused with 403 (FAIL_WITH_403). */
  | { readonly action: "FAIL_WITH_403"; readonly statusCode: 403 };

export interface CacheControlInput {
  /** The request's Cache-Control header, if any. */
  readonly cacheControl: string | undefined;
  readonly requireAuthorizationForCacheControl: boolean;
  readonly unauthorizedCacheControlHeaderStrategy: UnauthorizedCacheControlHeaderStrategy;
  /** Whether the caller may invalidate (IAM `execute-api:InvalidateCache` on this method), as the pipeline decided. */
  readonly callerAuthorized: boolean;
}

/**
 * Per-key invalidation: a client sends `Cache-Control: max-age=0`. If authorization is not required, or the
 * caller is authorized, the request bypasses the cache and its fresh response replaces the entry;
 * otherwise `unauthorizedCacheControlHeaderStrategy` decides (403, or serve with or without a warning).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html#invalidate-method-caching
 */
export function decideCacheControl(input: CacheControlInput): CacheControlDecision {
  if (!requestsInvalidation(input.cacheControl)) return { action: "LOOKUP" };
  if (!input.requireAuthorizationForCacheControl || input.callerAuthorized)
    return { action: "BYPASS_AND_REPLACE" };
  switch (input.unauthorizedCacheControlHeaderStrategy) {
    case "FAIL_WITH_403":
      return { action: "FAIL_WITH_403", statusCode: 403 };
    case "SUCCEED_WITH_RESPONSE_HEADER":
      return {
        action: "LOOKUP_IGNORING_CACHE_CONTROL",
        headers: [["Warning", CACHE_CONTROL_IGNORED_WARNING]],
      };
    case "SUCCEED_WITHOUT_RESPONSE_HEADER":
      return { action: "LOOKUP_IGNORING_CACHE_CONTROL", headers: [] };
  }
}

/** Whether a Cache-Control header carries `max-age=0` (directives are case-insensitive, comma separated). */
export function requestsInvalidation(cacheControl: string | undefined): boolean {
  if (cacheControl === undefined) return false;
  return cacheControl.split(",").some((directive) => /^max-age\s*=\s*"?0+"?$/i.test(directive.trim()));
}
