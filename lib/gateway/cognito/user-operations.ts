import { assertPasswordConforms } from "./assert-password-conforms";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { getUserOrThrow, getUserPoolOrThrow, toUserKey } from "./lookups";
import { requireParameter } from "./require-parameter";
import { setUserPassword } from "./set-user-password";
import { toAdminGetUserOutput } from "./to-user-type";
import type { AdminGetUserOutput, AdminSetUserPasswordInput, UserInput } from "./user-pool-shapes";
import type { UserPoolRecord, UserRecord } from "./user-pool-state";

function getPoolAndUserOrThrow(
  ctx: CognitoContext,
  input: UserInput,
): { pool: UserPoolRecord; user: UserRecord } {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  return { pool, user: getUserOrThrow(pool, requireParameter(input.Username, "Username")) };
}

/** @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminGetUser.html */
export async function adminGetUser(ctx: CognitoContext, input: UserInput): Promise<AdminGetUserOutput> {
  return toAdminGetUserOutput(getPoolAndUserOrThrow(ctx, input).user);
}

/**
 * AdminSetUserPassword: `Permanent: true` confirms the user (CONFIRMED); otherwise the password is temporary
 * and the user is back in FORCE_CHANGE_PASSWORD.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminSetUserPassword.html
 */
export async function adminSetUserPassword(
  ctx: CognitoContext,
  input: AdminSetUserPasswordInput,
): Promise<Record<string, never>> {
  const { pool, user } = getPoolAndUserOrThrow(ctx, input);
  const password = requireParameter(input.Password, "Password");
  assertPasswordConforms(password, pool.passwordPolicy, "change");
  await setUserPassword(
    ctx,
    user,
    password,
    input.Permanent === true ? "CONFIRMED" : "FORCE_CHANGE_PASSWORD",
  );
  return {};
}

/** AdminDisableUser: sign-in fails with "User is disabled."; tokens already issued stay valid until they expire. */
export async function adminDisableUser(
  ctx: CognitoContext,
  input: UserInput,
): Promise<Record<string, never>> {
  const { user } = getPoolAndUserOrThrow(ctx, input);
  user.enabled = false;
  user.lastModifiedAt = nowInSeconds(ctx);
  return {};
}

export async function adminEnableUser(ctx: CognitoContext, input: UserInput): Promise<Record<string, never>> {
  const { user } = getPoolAndUserOrThrow(ctx, input);
  user.enabled = true;
  user.lastModifiedAt = nowInSeconds(ctx);
  return {};
}

/** AdminDeleteUser: the user and their refresh tokens go; ID and access tokens are JWTs and stay valid until exp. */
export async function adminDeleteUser(ctx: CognitoContext, input: UserInput): Promise<Record<string, never>> {
  const { pool, user } = getPoolAndUserOrThrow(ctx, input);
  delete pool.users[toUserKey(user.username)];
  for (const [token, record] of Object.entries(pool.refreshTokens)) {
    if (toUserKey(record.username) === toUserKey(user.username)) delete pool.refreshTokens[token];
  }
  return {};
}
