import type { UserPoolDirectory, UserPoolIssuer } from "../../cognito";
import type { Authorizer } from "../../control/types";
import type { Clock } from "../../ports";
import { checkAccessToken, checkAudienceExpression, checkIdToken, toTokenScopes } from "./check-token-use";
import { readIdentityToken } from "./read-identity-token";
import { toAuthorizerClaims } from "./to-authorizer-claims";
import { verifyUserPoolToken } from "./verify-user-pool-token";

export interface CognitoAuthorizerInput {
  /** The COGNITO_USER_POOLS authorizer: its pools and optional `aud` expression. */
  authorizer: Pick<Authorizer, "providerARNs" | "identityValidationExpression">;
  /** The method's `authorizationScopes`; none (or an empty list) means the method takes ID tokens. */
  methodScopes?: readonly string[];
  /** The value of the identity source header (`toIdentityHeaderName(authorizer.identitySource)`). */
  token: string | undefined;
  /** The sandbox's user pools. */
  pools: UserPoolDirectory;
  clock: Clock;
}

export interface CognitoAuthorization {
  /** `$context.authorizer.claims`: every claim of the token, as a string. */
  claims: Record<string, string>;
  /** The access token's scopes, when the method asked for scopes. */
  scopes?: string[];
  userPoolId: string;
  tokenUse: "id" | "access";
}

/** `arn:aws:cognito-idp:{region}:{account}:userpool/{poolId}` → the pool, when the sandbox has it in that Region. */
function findProviderIssuer(arn: string, pools: UserPoolDirectory): UserPoolIssuer | undefined {
  const match = /^arn:aws[\w-]*:cognito-idp:([^:]+):[^:]*:userpool\/(.+)$/.exec(arn);
  if (match?.[1] === undefined || match[2] === undefined || !match[2].startsWith(`${match[1]}_`))
    return undefined;
  return pools.findUserPoolIssuer(match[2]);
}

/**
 * The COGNITO_USER_POOLS authorizer of a REST API method: the token from the identity header (bare or after
 * `Bearer `) must be signed by one of the authorizer's pools and unexpired; without method scopes it must be an
 * ID token of one of the pool's app clients, with scopes an access token holding one of them. Any failure throws
 * a CognitoTokenRejectedError, an UnauthorizedError: 401 `{"message":"Unauthorized"}`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-integrate-with-cognito.html
 */
export async function authorizeWithCognito(input: CognitoAuthorizerInput): Promise<CognitoAuthorization> {
  const token = readIdentityToken(input.token);
  const issuers = (input.authorizer.providerARNs ?? []).flatMap(
    (arn) => findProviderIssuer(arn, input.pools) ?? [],
  );
  const { payload, issuer } = await verifyUserPoolToken(token, issuers, new Date(input.clock.now()));
  checkAudienceExpression(payload, input.authorizer.identityValidationExpression);
  const methodScopes = input.methodScopes ?? [];
  const claims = toAuthorizerClaims(payload);
  if (methodScopes.length === 0) {
    checkIdToken(payload, issuer);
    return { claims, userPoolId: issuer.userPoolId, tokenUse: "id" };
  }
  checkAccessToken(payload, issuer, methodScopes);
  return { claims, scopes: toTokenScopes(payload), userPoolId: issuer.userPoolId, tokenUse: "access" };
}
