import { assertPasswordConforms } from "./assert-password-conforms";
import { assertSecretHash } from "./assert-secret-hash";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { InvalidParameterException, NotAuthorizedException } from "./cognito-error";
import { getAppClientPoolOrThrow, getUserOrThrow, toUserKey } from "./lookups";
import { readOwn } from "./own-entry";
import { requireAuthParameter, requireParameter } from "./require-parameter";
import { setUserPassword } from "./set-user-password";
import { signInUser } from "./sign-in-user";
import { toAttributeMap } from "./user-attributes";
import type { AuthOutput, RespondToAuthChallengeInput } from "./user-pool-shapes";
import type { UserPoolRecord } from "./user-pool-state";

/** `userAttributes.name` entries of the challenge responses: attributes the user fills in with the new password. */
function readChallengeAttributes(
  pool: UserPoolRecord,
  responses: Record<string, string>,
): Record<string, string> {
  const prefix = "userAttributes.";
  const attributes = Object.entries(responses)
    .filter(([key]) => key.startsWith(prefix))
    .map(([key, Value]) => ({ Name: key.slice(prefix.length), Value }));
  return toAttributeMap(pool, attributes);
}

/**
 * RespondToAuthChallenge for NEW_PASSWORD_REQUIRED: the user's permanent password (checked against the policy),
 * then tokens as from InitiateAuth. A session serves once and for three minutes.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html
 */
export async function respondToAuthChallenge(
  ctx: CognitoContext,
  input: RespondToAuthChallengeInput,
): Promise<AuthOutput> {
  const { pool, client } = getAppClientPoolOrThrow(ctx, requireParameter(input.ClientId, "ClientId"));
  const challengeName = requireParameter(input.ChallengeName, "ChallengeName");
  if (challengeName !== "NEW_PASSWORD_REQUIRED") {
    throw new InvalidParameterException(`${challengeName} is not simulated: only NEW_PASSWORD_REQUIRED is.`);
  }
  const sessionId = requireParameter(input.Session, "Session");
  const session = readOwn(pool.sessions, sessionId);
  const responses = input.ChallengeResponses ?? {};
  const username = requireAuthParameter(responses, "USERNAME");
  if (
    session === undefined ||
    session.clientId !== client.clientId ||
    session.expiresAt <= nowInSeconds(ctx) ||
    toUserKey(session.username) !== toUserKey(username)
  ) {
    throw new NotAuthorizedException("Invalid session for the user, session is expired.");
  }
  const newPassword = requireAuthParameter(responses, "NEW_PASSWORD");
  await assertSecretHash(client, [username], responses.SECRET_HASH);
  const user = getUserOrThrow(pool, session.username);
  assertPasswordConforms(newPassword, pool.passwordPolicy, "change");
  Object.assign(user.attributes, readChallengeAttributes(pool, responses));
  await setUserPassword(ctx, user, newPassword, "CONFIRMED");
  delete pool.sessions[sessionId];
  return signInUser(ctx, pool, client, user);
}
