/**
 * The cache key of an authorizer result, as AWS keys it: a TOKEN authorizer's token, a REQUEST
 * authorizer's identity-source values together [DOC]; scoped to one API, stage and authorizer, since a
 * cached policy "applies to that token + api + authorizer + stage" [3P serverless/serverless#626]. The
 * authorizer's function and identity sources are part of the key too, so a redeployment that changes them
 * cannot be answered from the old function's results. The key is the JSON of one array: no choice of
 * values can make two different identities produce the same string.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-use-lambda-authorizer.html
 */
import type { Authorizer } from "../../control/types";

export interface AuthorizerCacheKeyInput {
  readonly apiId: string;
  readonly stage: string;
  readonly authorizer: Pick<Authorizer, "id" | "type" | "authorizerUri" | "identitySource">;
  /** The token (TOKEN) or the identity-source values in configured order (REQUEST). */
  readonly identity: readonly string[];
}

export function toAuthorizerCacheKey(input: AuthorizerCacheKeyInput): string {
  const { authorizer } = input;
  return JSON.stringify([
    input.apiId,
    input.stage,
    authorizer.id,
    authorizer.type,
    authorizer.authorizerUri ?? null,
    authorizer.identitySource ?? null,
    ...input.identity,
  ]);
}
