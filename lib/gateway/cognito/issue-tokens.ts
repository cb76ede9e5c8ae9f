import { base64url } from "jose";
import { randomUuid } from "../ports";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { createOpaqueToken } from "./cognito-ids";
import { signToken } from "./sign-token";
import { toAccessTokenClaims, toIdTokenClaims, type UserGrant } from "./token-claims";
import { toSeconds } from "./token-validity";

export interface IssuedTokens {
  /** Absent when an OAuth sign-in did not ask for the `openid` scope. */
  idToken?: string;
  accessToken: string;
  /** The access token's lifetime in seconds (3600 by default). */
  expiresIn: number;
}

/** OIDC `at_hash`: base64url of the left half of the access token's SHA-256. */
async function toAtHash(accessToken: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(accessToken));
  return base64url.encode(new Uint8Array(digest).slice(0, 16));
}

/**
 * Signs the ID and access tokens of one sign-in (or refresh): the same `event_id`, `auth_time` and `origin_jti`,
 * each its own `jti`, the ID token with the pool's ID-token key and the access token with its access-token key.
 */
export async function issueUserTokens(ctx: CognitoContext, grant: UserGrant): Promise<IssuedTokens> {
  const iat = nowInSeconds(ctx);
  const validity = grant.client.tokenValidity;
  const eventId = randomUuid(ctx.random);
  const expiresIn = toSeconds(validity.accessToken, validity.units.AccessToken);
  const accessStamp = { iat, exp: iat + expiresIn, jti: randomUuid(ctx.random), eventId };
  const accessToken = await signToken(
    ctx.keys,
    grant.pool.accessTokenKey,
    toAccessTokenClaims(grant, accessStamp),
  );
  if (grant.viaOAuth && !grant.scopes.includes("openid")) return { accessToken, expiresIn };
  const idLifetime = toSeconds(validity.idToken, validity.units.IdToken);
  const idStamp = { iat, exp: iat + idLifetime, jti: randomUuid(ctx.random), eventId };
  const atHash = grant.viaOAuth ? await toAtHash(accessToken) : undefined;
  const idToken = await signToken(ctx.keys, grant.pool.idTokenKey, toIdTokenClaims(grant, idStamp, atHash));
  return { idToken, accessToken, expiresIn };
}

/** A refresh token for `grant`, valid for the app client's refresh token validity (30 days by default). */
export function createRefreshToken(ctx: CognitoContext, grant: UserGrant): string {
  const token = createOpaqueToken(ctx.random, "refresh");
  const validity = grant.client.tokenValidity;
  grant.pool.refreshTokens[token] = {
    clientId: grant.client.clientId,
    username: grant.user.username,
    authTime: grant.authTime,
    originJti: grant.originJti,
    scopes: [...grant.scopes],
    expiresAt: nowInSeconds(ctx) + toSeconds(validity.refreshToken, validity.units.RefreshToken),
  };
  return token;
}
