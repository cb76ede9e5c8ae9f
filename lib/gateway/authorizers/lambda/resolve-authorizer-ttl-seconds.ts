/**
 * `authorizerResultTtlInSeconds`: how long an authorizer's result is cached. Default 300, at most 3600 (not
 * increasable), 0 turns caching off [DOC]. The control plane refuses other values; this clamps anyway.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Authorizer.html
 */
import type { Authorizer } from "../../control/types";

export const DEFAULT_AUTHORIZER_RESULT_TTL_SECONDS = 300;
export const MAX_AUTHORIZER_RESULT_TTL_SECONDS = 3600;

export function resolveAuthorizerTtlSeconds(
  authorizer: Pick<Authorizer, "authorizerResultTtlInSeconds">,
): number {
  const ttl = authorizer.authorizerResultTtlInSeconds ?? DEFAULT_AUTHORIZER_RESULT_TTL_SECONDS;
  if (!Number.isFinite(ttl) || ttl <= 0) return 0;
  return Math.min(Math.floor(ttl), MAX_AUTHORIZER_RESULT_TTL_SECONDS);
}
