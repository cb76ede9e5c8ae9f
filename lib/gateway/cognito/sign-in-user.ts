import { randomUuid } from "../ports";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { NotAuthorizedException } from "./cognito-error";
import { createOpaqueToken } from "./cognito-ids";
import { createRefreshToken, issueUserTokens } from "./issue-tokens";
import { USER_ADMIN_SCOPE } from "./oauth-scopes";
import type { AuthOutput } from "./user-pool-shapes";
import type { AppClientRecord, UserPoolRecord, UserRecord } from "./user-pool-state";

/** How long an InitiateAuth session waits for its challenge response (AuthSessionValidity, default 3 minutes). */
export const AUTH_SESSION_SECONDS = 180;

/** A user who still has a temporary password must choose a new one: the NEW_PASSWORD_REQUIRED challenge. */
function challengeNewPassword(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  client: AppClientRecord,
  user: UserRecord,
): AuthOutput {
  const validDays = pool.passwordPolicy.TemporaryPasswordValidityDays;
  if (nowInSeconds(ctx) > user.passwordSetAt + validDays * 86_400) {
    throw new NotAuthorizedException("Temporary password has expired and must be reset by an administrator.");
  }
  const session = createOpaqueToken(ctx.random, "session");
  pool.sessions[session] = {
    clientId: client.clientId,
    username: user.username,
    challengeName: "NEW_PASSWORD_REQUIRED",
    expiresAt: nowInSeconds(ctx) + AUTH_SESSION_SECONDS,
  };
  return {
    ChallengeName: "NEW_PASSWORD_REQUIRED",
    Session: session,
    ChallengeParameters: {
      USER_ID_FOR_SRP: user.username,
      requiredAttributes: "[]",
      userAttributes: JSON.stringify(user.attributes),
    },
  };
}

/**
 * The end of a successful password check through the user pools API: tokens for a confirmed user (scope
 * aws.cognito.signin.user.admin only, as the API grants no custom scopes) or the new-password challenge.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
 */
export async function signInUser(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  client: AppClientRecord,
  user: UserRecord,
): Promise<AuthOutput> {
  if (user.status === "FORCE_CHANGE_PASSWORD") return challengeNewPassword(ctx, pool, client, user);
  const grant = {
    pool,
    client,
    user,
    authTime: nowInSeconds(ctx),
    originJti: randomUuid(ctx.random),
    scopes: [USER_ADMIN_SCOPE],
    viaOAuth: false,
  };
  const tokens = await issueUserTokens(ctx, grant);
  return {
    ChallengeParameters: {},
    AuthenticationResult: {
      AccessToken: tokens.accessToken,
      ExpiresIn: tokens.expiresIn,
      TokenType: "Bearer",
      RefreshToken: createRefreshToken(ctx, grant),
      ...(tokens.idToken === undefined ? {} : { IdToken: tokens.idToken }),
    },
  };
}
