import { assertSecretHash } from "./assert-secret-hash";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { NotAuthorizedException } from "./cognito-error";
import { issueUserTokens } from "./issue-tokens";
import { findUser } from "./lookups";
import { readOwn } from "./own-entry";
import { requireAuthParameter } from "./require-parameter";
import type { AuthOutput } from "./user-pool-shapes";
import type { AppClientRecord, UserPoolRecord } from "./user-pool-state";

/**
 * REFRESH_TOKEN_AUTH: new ID and access tokens (no new refresh token) that keep the original `auth_time` and
 * `origin_jti`. The messages are Cognito's.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-refresh-token.html
 */
export async function authenticateWithRefreshToken(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  client: AppClientRecord,
  parameters: Record<string, string> | undefined,
): Promise<AuthOutput> {
  const token = requireAuthParameter(parameters, "REFRESH_TOKEN");
  const record = readOwn(pool.refreshTokens, token);
  const user = record === undefined ? undefined : findUser(pool, record.username);
  if (record === undefined || record.clientId !== client.clientId || user === undefined) {
    throw new NotAuthorizedException("Invalid Refresh Token");
  }
  if (record.expiresAt <= nowInSeconds(ctx)) throw new NotAuthorizedException("Refresh Token has expired");
  // [UNVERIFIED] which name a refresh's SECRET_HASH is computed over: we accept the user name or the sub.
  await assertSecretHash(client, [parameters?.USERNAME ?? user.username, user.sub], parameters?.SECRET_HASH);
  if (!user.enabled) throw new NotAuthorizedException("User is disabled.");
  const tokens = await issueUserTokens(ctx, {
    pool,
    client,
    user,
    authTime: record.authTime,
    originJti: record.originJti,
    scopes: record.scopes,
    viaOAuth: false,
  });
  return {
    ChallengeParameters: {},
    AuthenticationResult: {
      AccessToken: tokens.accessToken,
      ExpiresIn: tokens.expiresIn,
      TokenType: "Bearer",
      ...(tokens.idToken === undefined ? {} : { IdToken: tokens.idToken }),
    },
  };
}
