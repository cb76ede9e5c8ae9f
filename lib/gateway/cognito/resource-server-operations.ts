import type { CognitoContext } from "./cognito-context";
import { InvalidParameterException } from "./cognito-error";
import { getUserPoolOrThrow } from "./lookups";
import { readOwn, writeOwn } from "./own-entry";
import { requireParameter } from "./require-parameter";
import type { CreateResourceServerInput, ResourceServerType } from "./user-pool-shapes";

/**
 * CreateResourceServer: the custom scopes (`pets/read`) app clients may be allowed and access tokens may carry,
 * which a REST method's `authorizationScopes` then ask for.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateResourceServer.html
 */
export async function createResourceServer(
  ctx: CognitoContext,
  input: CreateResourceServerInput,
): Promise<{ ResourceServer: ResourceServerType }> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const identifier = requireParameter(input.Identifier, "Identifier");
  const name = requireParameter(input.Name, "Name");
  if (readOwn(pool.resourceServers, identifier) !== undefined) {
    // [UNVERIFIED] the message text.
    throw new InvalidParameterException(`${identifier} already exists in pool ${pool.id}.`);
  }
  const scopes = (input.Scopes ?? []).map((s) => ({
    ScopeName: s.ScopeName,
    ScopeDescription: s.ScopeDescription,
  }));
  writeOwn(pool.resourceServers, identifier, { identifier, name, scopes });
  return { ResourceServer: { UserPoolId: pool.id, Identifier: identifier, Name: name, Scopes: scopes } };
}
