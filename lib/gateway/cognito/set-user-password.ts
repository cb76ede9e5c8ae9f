import { randomString } from "../ports";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { createSalt } from "./cognito-ids";
import { hashPassword } from "./hash-password";
import type { PasswordPolicy, UserRecord, UserStatus } from "./user-pool-state";

/** Stores a new password (hashed) and the status it leaves the user in. */
export async function setUserPassword(
  ctx: CognitoContext,
  user: UserRecord,
  password: string,
  status: UserStatus,
): Promise<void> {
  const now = nowInSeconds(ctx);
  user.passwordSalt = createSalt(ctx.random);
  user.passwordHash = await hashPassword(user.passwordSalt, password);
  user.passwordSetAt = now;
  user.status = status;
  user.lastModifiedAt = now;
}

/** True when `password` is the user's password. */
export async function isUserPassword(user: UserRecord, password: string): Promise<boolean> {
  return (await hashPassword(user.passwordSalt, password)) === user.passwordHash;
}

/**
 * The temporary password Cognito makes up when AdminCreateUser gets none (and would email it): one character of
 * each kind a policy may require, then letters, long enough for the policy.
 */
export function createTemporaryPassword(ctx: CognitoContext, policy: PasswordPolicy): string {
  const length = Math.max(policy.MinimumLength, 12) - 4;
  return `Aa1!${randomString(ctx.random, length)}`;
}
