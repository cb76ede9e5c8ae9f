import { assertSecretHash } from "./assert-secret-hash";
import type { CognitoContext } from "./cognito-context";
import { NotAuthorizedException, UserNotFoundException } from "./cognito-error";
import { findUser } from "./lookups";
import { requireAuthParameter } from "./require-parameter";
import { isUserPassword } from "./set-user-password";
import { signInUser } from "./sign-in-user";
import type { AuthOutput } from "./user-pool-shapes";
import type { AppClientRecord, UserPoolRecord } from "./user-pool-state";

/**
 * USER_PASSWORD_AUTH (and the admin flows): USERNAME, PASSWORD and, for a client with a secret, SECRET_HASH.
 * An unknown user is UserNotFoundException unless the client prevents user existence errors, in which case it
 * reads like a wrong password.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pool-managing-errors.html
 */
export async function authenticateWithPassword(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  client: AppClientRecord,
  parameters: Record<string, string> | undefined,
): Promise<AuthOutput> {
  const username = requireAuthParameter(parameters, "USERNAME");
  const password = requireAuthParameter(parameters, "PASSWORD");
  await assertSecretHash(client, [username], parameters?.SECRET_HASH);
  const user = findUser(pool, username);
  if (user === undefined) {
    if (client.preventUserExistenceErrors === "ENABLED") {
      throw new NotAuthorizedException("Incorrect username or password.");
    }
    throw new UserNotFoundException("User does not exist.");
  }
  if (!(await isUserPassword(user, password)))
    throw new NotAuthorizedException("Incorrect username or password.");
  // [UNVERIFIED] whether Cognito reports a disabled user before checking the password; we check it after.
  if (!user.enabled) throw new NotAuthorizedException("User is disabled.");
  return signInUser(ctx, pool, client, user);
}
