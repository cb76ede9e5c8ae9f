import { ScopeDoesNotExistException } from "./cognito-error";
import { readOwn } from "./own-entry";
import type { UserPoolRecord } from "./user-pool-state";

/** The scopes every user pool defines; custom scopes are `{resource server identifier}/{scope name}`. */
export const STANDARD_OAUTH_SCOPES = ["phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"];

/** The scope the user pools API grants: access tokens from InitiateAuth carry only this one. */
export const USER_ADMIN_SCOPE = "aws.cognito.signin.user.admin";

function isDefinedScope(pool: UserPoolRecord, scope: string): boolean {
  if (STANDARD_OAUTH_SCOPES.includes(scope)) return true;
  const slash = scope.lastIndexOf("/");
  const server = readOwn(pool.resourceServers, scope.slice(0, slash));
  return server !== undefined && server.scopes.some((s) => s.ScopeName === scope.slice(slash + 1));
}

/** Throws ScopeDoesNotExistException for a scope neither Cognito nor one of the pool's resource servers defines. */
export function assertScopesExist(pool: UserPoolRecord, scopes: readonly string[]): void {
  const missing = scopes.find((scope) => !isDefinedScope(pool, scope));
  // [UNVERIFIED] the message text; the exception type is the one CreateUserPoolClient documents.
  if (missing !== undefined) throw new ScopeDoesNotExistException(`Invalid scope requested: ${missing}`);
}

/** Splits an OAuth `scope` parameter (space-separated) into scopes. */
export function toScopeList(scope: string | undefined): string[] {
  return (scope ?? "").split(" ").filter((s) => s !== "");
}
