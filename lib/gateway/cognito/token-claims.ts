import type { JWTPayload } from "jose";
import { readOwn } from "./own-entry";
import { toUserPoolIssuer } from "./user-pool-issuer";
import type { AppClientRecord, UserPoolRecord, UserRecord } from "./user-pool-state";

/** What one sign-in grants: the claims shared by its ID and access tokens. */
export interface UserGrant {
  pool: UserPoolRecord;
  client: AppClientRecord;
  user: UserRecord;
  /** When the user authenticated (kept by refreshes), epoch seconds. */
  authTime: number;
  /** The first token's jti, kept by refreshes. */
  originJti: string;
  scopes: readonly string[];
  /** Tokens from the OAuth endpoints (managed login) rather than the user pools API. */
  viaOAuth: boolean;
}

/** The times and ids of one token. */
export interface TokenStamp {
  iat: number;
  exp: number;
  jti: string;
  eventId: string;
}

/** Attributes become claims as Cognito types them: `*_verified` booleans, `updated_at` a number, others strings. */
function toAttributeClaims(attributes: Readonly<Record<string, string>>): JWTPayload {
  const claims: JWTPayload = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "email_verified" || name === "phone_number_verified") claims[name] = value === "true";
    else if (name === "updated_at" && /^\d+$/.test(value)) claims[name] = Number(value);
    else claims[name] = value;
  }
  return claims;
}

/** `cognito:groups`, and for groups with an IAM role `cognito:roles` and the lowest precedence's `cognito:preferred_role`. */
function toGroupClaims(pool: UserPoolRecord, user: UserRecord, withRoles: boolean): JWTPayload {
  if (user.groups.length === 0) return {};
  const groups = user.groups.flatMap((name) => readOwn(pool.groups, name) ?? []);
  const claims: JWTPayload = { "cognito:groups": groups.map((g) => g.groupName) };
  const withRole = groups.filter((g) => g.roleArn !== undefined);
  if (!withRoles || withRole.length === 0) return claims;
  claims["cognito:roles"] = withRole.map((g) => g.roleArn);
  const ranked = withRole.filter((g) => g.precedence !== undefined);
  ranked.sort((a, b) => (a.precedence ?? 0) - (b.precedence ?? 0));
  if (ranked[0] !== undefined) claims["cognito:preferred_role"] = ranked[0].roleArn;
  return claims;
}

/**
 * An ID token's claims, in the order Cognito writes them.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html
 */
export function toIdTokenClaims(grant: UserGrant, stamp: TokenStamp, atHash?: string): JWTPayload {
  const { pool, client, user } = grant;
  return {
    ...(atHash === undefined ? {} : { at_hash: atHash }),
    sub: user.sub,
    ...toGroupClaims(pool, user, true),
    ...toAttributeClaims(user.attributes),
    iss: toUserPoolIssuer(pool.id),
    "cognito:username": user.username,
    origin_jti: grant.originJti,
    aud: client.clientId,
    event_id: stamp.eventId,
    token_use: "id",
    auth_time: grant.authTime,
    exp: stamp.exp,
    iat: stamp.iat,
    jti: stamp.jti,
  };
}

/**
 * A user's access token claims: no `aud` but `client_id`, and the granted scopes, space-separated.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html
 */
export function toAccessTokenClaims(grant: UserGrant, stamp: TokenStamp): JWTPayload {
  const { pool, client, user } = grant;
  return {
    sub: user.sub,
    ...toGroupClaims(pool, user, false),
    iss: toUserPoolIssuer(pool.id),
    client_id: client.clientId,
    origin_jti: grant.originJti,
    event_id: stamp.eventId,
    token_use: "access",
    scope: grant.scopes.join(" "),
    auth_time: grant.authTime,
    exp: stamp.exp,
    iat: stamp.iat,
    // [3P] tokens from the OAuth endpoints carry "version": 2; the API's do not.
    ...(grant.viaOAuth ? { version: 2 } : {}),
    jti: stamp.jti,
    username: user.username,
  };
}

/** A client credentials access token: the app client is the subject. */
export function toClientCredentialsClaims(
  pool: UserPoolRecord,
  client: AppClientRecord,
  scopes: readonly string[],
  stamp: Omit<TokenStamp, "eventId">,
): JWTPayload {
  return {
    sub: client.clientId,
    token_use: "access",
    scope: scopes.join(" "),
    auth_time: stamp.iat,
    iss: toUserPoolIssuer(pool.id),
    exp: stamp.exp,
    iat: stamp.iat,
    version: 2,
    jti: stamp.jti,
    client_id: client.clientId,
  };
}
