import { randomUuid } from "../ports";
import { assertPasswordConforms } from "./assert-password-conforms";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { UnsupportedUserStateException, UsernameExistsException } from "./cognito-error";
import { findUser, getUserOrThrow, getUserPoolOrThrow, toUserKey } from "./lookups";
import { writeOwn } from "./own-entry";
import { requireParameter } from "./require-parameter";
import { createTemporaryPassword, setUserPassword } from "./set-user-password";
import { toUserType } from "./to-user-type";
import { toAttributeMap } from "./user-attributes";
import type { AdminCreateUserInput, UserType } from "./user-pool-shapes";
import type { UserPoolRecord, UserRecord } from "./user-pool-state";

/** MessageAction RESEND: a new temporary password for a user who has not signed in yet. */
async function resendInvitation(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  username: string,
  password: string,
): Promise<UserRecord> {
  const user = getUserOrThrow(pool, username);
  if (user.status !== "FORCE_CHANGE_PASSWORD") {
    // [UNVERIFIED] the message text.
    throw new UnsupportedUserStateException("User is not in FORCE_CHANGE_PASSWORD state");
  }
  await setUserPassword(ctx, user, password, "FORCE_CHANGE_PASSWORD");
  return user;
}

/**
 * AdminCreateUser: a user in FORCE_CHANGE_PASSWORD with a temporary password, who must choose a new one at first
 * sign-in (NEW_PASSWORD_REQUIRED) unless an administrator sets a permanent one with AdminSetUserPassword.
 * The sandbox sends no invitation message: a made-up temporary password is known to nobody.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminCreateUser.html
 */
export async function adminCreateUser(
  ctx: CognitoContext,
  input: AdminCreateUserInput,
): Promise<{ User: UserType }> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const username = requireParameter(input.Username, "Username");
  const password = input.TemporaryPassword ?? createTemporaryPassword(ctx, pool.passwordPolicy);
  assertPasswordConforms(password, pool.passwordPolicy, "create");
  if (input.MessageAction === "RESEND")
    return { User: toUserType(await resendInvitation(ctx, pool, username, password)) };
  if (findUser(pool, username) !== undefined)
    throw new UsernameExistsException("User account already exists");
  const attributes = toAttributeMap(pool, input.UserAttributes ?? []);
  const now = nowInSeconds(ctx);
  const user: UserRecord = {
    username,
    sub: randomUuid(ctx.random),
    passwordSalt: "",
    passwordHash: "",
    passwordSetAt: now,
    status: "FORCE_CHANGE_PASSWORD",
    enabled: true,
    attributes,
    groups: [],
    createdAt: now,
    lastModifiedAt: now,
  };
  await setUserPassword(ctx, user, password, "FORCE_CHANGE_PASSWORD");
  writeOwn(pool.users, toUserKey(username), user);
  return { User: toUserType(user) };
}
