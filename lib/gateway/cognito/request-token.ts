import { randomUuid } from "../ports";
import { isAuthFlowEnabled } from "./auth-flows";
import {
  assertOAuthFlowAllowed,
  authenticateOAuthClient,
  grantScopes,
  type OAuthClientCredentials,
} from "./authenticate-oauth-client";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { createRefreshToken, issueUserTokens, type IssuedTokens } from "./issue-tokens";
import { findUser, getUserPoolOrThrow } from "./lookups";
import { OAuthError } from "./oauth-error";
import { toScopeList } from "./oauth-scopes";
import { readOwn } from "./own-entry";
import { signToken } from "./sign-token";
import { toClientCredentialsClaims } from "./token-claims";
import { toSeconds } from "./token-validity";
import type { AppClientRecord, UserPoolRecord } from "./user-pool-state";

/** The form fields of a POST to `/oauth2/token`, plus the Authorization header. */
export interface TokenRequest extends OAuthClientCredentials {
  grant_type?: string;
  scope?: string;
  code?: string;
  redirect_uri?: string;
  refresh_token?: string;
}

/** The token endpoint's JSON answer. */
export interface TokenResponse {
  id_token?: string;
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  token_type: "Bearer";
}

function toTokenResponse(tokens: IssuedTokens, refreshToken?: string): TokenResponse {
  return {
    ...(tokens.idToken === undefined ? {} : { id_token: tokens.idToken }),
    access_token: tokens.accessToken,
    ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
    expires_in: tokens.expiresIn,
    token_type: "Bearer",
  };
}

/** client_credentials: an access token for the app client itself, with custom scopes only. */
async function grantClientCredentials(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  client: AppClientRecord,
  request: TokenRequest,
): Promise<TokenResponse> {
  assertOAuthFlowAllowed(client, "client_credentials");
  const custom = client.allowedOAuthScopes.filter((scope) => scope.includes("/"));
  const scopes = grantScopes(client, toScopeList(request.scope), custom);
  const validity = client.tokenValidity;
  const iat = nowInSeconds(ctx);
  const expiresIn = toSeconds(validity.accessToken, validity.units.AccessToken);
  const stamp = { iat, exp: iat + expiresIn, jti: randomUuid(ctx.random) };
  const accessToken = await signToken(
    ctx.keys,
    pool.accessTokenKey,
    toClientCredentialsClaims(pool, client, scopes, stamp),
  );
  return { access_token: accessToken, expires_in: expiresIn, token_type: "Bearer" };
}

/** authorization_code: a managed-login code, once, for the same client and redirect URI. */
async function exchangeAuthorizationCode(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  client: AppClientRecord,
  request: TokenRequest,
): Promise<TokenResponse> {
  if (request.code === undefined) throw new OAuthError("invalid_request");
  const record = readOwn(pool.authorizationCodes, request.code);
  delete pool.authorizationCodes[request.code];
  const user = record === undefined ? undefined : findUser(pool, record.username);
  if (
    record === undefined ||
    record.clientId !== client.clientId ||
    record.redirectUri !== request.redirect_uri ||
    record.expiresAt <= nowInSeconds(ctx) ||
    user?.enabled !== true
  ) {
    throw new OAuthError("invalid_grant");
  }
  const grant = {
    pool,
    client,
    user,
    authTime: record.authTime,
    originJti: randomUuid(ctx.random),
    scopes: record.scopes,
    viaOAuth: true,
  };
  return toTokenResponse(await issueUserTokens(ctx, grant), createRefreshToken(ctx, grant));
}

/** refresh_token: new ID and access tokens with the scopes of the original sign-in. */
async function exchangeRefreshToken(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  client: AppClientRecord,
  request: TokenRequest,
): Promise<TokenResponse> {
  if (request.refresh_token === undefined) throw new OAuthError("invalid_request");
  if (!isAuthFlowEnabled(client, "REFRESH_TOKEN_AUTH")) throw new OAuthError("unauthorized_client");
  const record = readOwn(pool.refreshTokens, request.refresh_token);
  const user = record === undefined ? undefined : findUser(pool, record.username);
  if (
    record === undefined ||
    record.clientId !== client.clientId ||
    record.expiresAt <= nowInSeconds(ctx) ||
    user?.enabled !== true
  ) {
    throw new OAuthError("invalid_grant");
  }
  const grant = {
    pool,
    client,
    user,
    authTime: record.authTime,
    originJti: record.originJti,
    scopes: record.scopes,
    viaOAuth: true,
  };
  return toTokenResponse(await issueUserTokens(ctx, grant));
}

const GRANTS = {
  client_credentials: grantClientCredentials,
  authorization_code: exchangeAuthorizationCode,
  refresh_token: exchangeRefreshToken,
};

/**
 * The user pool's `/oauth2/token` endpoint: client_credentials, authorization_code and refresh_token grants,
 * failing with OAuthError (`{"error":"invalid_client"}` and the like, HTTP 400).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export async function requestToken(
  ctx: CognitoContext,
  userPoolId: string,
  request: TokenRequest,
): Promise<TokenResponse> {
  const pool = getUserPoolOrThrow(ctx, userPoolId);
  if (request.grant_type === undefined || request.grant_type === "") throw new OAuthError("invalid_request");
  if (!Object.hasOwn(GRANTS, request.grant_type)) throw new OAuthError("unsupported_grant_type");
  const grant = GRANTS[request.grant_type as keyof typeof GRANTS];
  return grant(ctx, pool, authenticateOAuthClient(pool, request), request);
}
