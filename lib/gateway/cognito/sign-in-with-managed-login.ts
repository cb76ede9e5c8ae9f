import { randomUuid } from "../ports";
import { assertPasswordConforms } from "./assert-password-conforms";
import { assertOAuthFlowAllowed, grantScopes } from "./authenticate-oauth-client";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { InvalidParameterException, NotAuthorizedException } from "./cognito-error";
import { findUser, getUserPoolOrThrow } from "./lookups";
import { OAuthError } from "./oauth-error";
import { toScopeList } from "./oauth-scopes";
import { readOwn } from "./own-entry";
import { isUserPassword, setUserPassword } from "./set-user-password";
import type { UserPoolRecord, UserRecord } from "./user-pool-state";

/** What a browser sends to `/oauth2/authorize` (response_type=code) and what the user types on the login page. */
export interface ManagedLoginInput {
  clientId: string;
  redirectUri: string;
  /** Space-separated; all the client's allowed scopes when absent. */
  scope?: string;
  state?: string;
  username: string;
  password: string;
  /** The new password a user with a temporary one chooses on the page that follows. */
  newPassword?: string;
}

export interface ManagedLoginResult {
  code: string;
  /** Where managed login redirects the browser: `redirect_uri?code=...&state=...`. */
  location: string;
}

/** Authorization codes are good for five minutes and for one exchange. */
const CODE_SECONDS = 300;

async function checkCredentials(
  ctx: CognitoContext,
  pool: UserPoolRecord,
  input: ManagedLoginInput,
): Promise<UserRecord> {
  const user = findUser(pool, input.username);
  if (user === undefined || !(await isUserPassword(user, input.password))) {
    throw new NotAuthorizedException("Incorrect username or password.");
  }
  if (!user.enabled) throw new NotAuthorizedException("User is disabled.");
  if (user.status === "FORCE_CHANGE_PASSWORD") {
    if (input.newPassword === undefined) {
      throw new InvalidParameterException(
        "NEW_PASSWORD_REQUIRED: this user must choose a new password (newPassword).",
      );
    }
    assertPasswordConforms(input.newPassword, pool.passwordPolicy, "change");
    await setUserPassword(ctx, user, input.newPassword, "CONFIRMED");
  }
  return user;
}

/**
 * The authorization code grant's first half, as managed login runs it: the client must allow the `code` flow and
 * list the redirect URI among its CallbackURLs, the scopes must be among its AllowedOAuthScopes, and the user's
 * credentials must be right. The code, exchanged at the token endpoint, yields tokens carrying those scopes
 * (custom scopes included), which the user pools API cannot grant.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/authorization-endpoint.html
 */
export async function signInWithManagedLogin(
  ctx: CognitoContext,
  userPoolId: string,
  input: ManagedLoginInput,
): Promise<ManagedLoginResult> {
  const pool = getUserPoolOrThrow(ctx, userPoolId);
  const client = readOwn(pool.clients, input.clientId);
  if (client === undefined) throw new OAuthError("invalid_request");
  if (!client.callbackUrls.includes(input.redirectUri)) throw new OAuthError("redirect_mismatch");
  assertOAuthFlowAllowed(client, "code");
  const scopes = grantScopes(client, toScopeList(input.scope), client.allowedOAuthScopes);
  const user = await checkCredentials(ctx, pool, input);
  const code = randomUuid(ctx.random);
  const now = nowInSeconds(ctx);
  pool.authorizationCodes[code] = {
    clientId: client.clientId,
    username: user.username,
    redirectUri: input.redirectUri,
    scopes,
    authTime: now,
    expiresAt: now + CODE_SECONDS,
  };
  const query = new URLSearchParams({ code, ...(input.state === undefined ? {} : { state: input.state }) });
  const separator = input.redirectUri.includes("?") ? "&" : "?";
  return { code, location: `${input.redirectUri}${separator}${query.toString()}` };
}
