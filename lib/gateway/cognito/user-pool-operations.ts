import { DEFAULT_PASSWORD_POLICY } from "./assert-password-conforms";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { createUserPoolId } from "./cognito-ids";
import { createSigningKey } from "./create-signing-key";
import { getUserPoolOrThrow } from "./lookups";
import { requireParameter } from "./require-parameter";
import { STANDARD_ATTRIBUTES } from "./user-attributes";
import type { CreateUserPoolInput, UserPoolType } from "./user-pool-shapes";
import type { PasswordPolicy, UserPoolRecord } from "./user-pool-state";

/** The default policy, with the members the request gives replacing the defaults. */
function toPasswordPolicy(input: CreateUserPoolInput): PasswordPolicy {
  const given = Object.entries(input.Policies?.PasswordPolicy ?? {}).filter(
    ([, value]) => value !== undefined,
  );
  return { ...DEFAULT_PASSWORD_POLICY, ...Object.fromEntries(given) };
}

/** Schema entries that are not standard attributes declare custom ones (`custom:` is optional in the name). */
function toCustomAttributes(input: CreateUserPoolInput): string[] {
  return (input.Schema ?? [])
    .map((attribute) => attribute.Name.replace(/^custom:/, ""))
    .filter((name) => !STANDARD_ATTRIBUTES.includes(name));
}

function toUserPoolType(pool: UserPoolRecord): UserPoolType {
  return {
    Id: pool.id,
    Name: pool.name,
    Arn: pool.arn,
    CreationDate: pool.createdAt,
    LastModifiedDate: pool.lastModifiedAt,
    Policies: { PasswordPolicy: { ...pool.passwordPolicy } },
    EstimatedNumberOfUsers: Object.keys(pool.users).length,
  };
}

/**
 * CreateUserPool: a pool with its own two RS256 signing keys (one for ID tokens, one for access tokens, as
 * Cognito's JWKS lists them) and the default password policy unless `Policies.PasswordPolicy` says otherwise.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPool.html
 */
export async function createUserPool(
  ctx: CognitoContext,
  input: CreateUserPoolInput,
): Promise<{ UserPool: UserPoolType }> {
  const name = requireParameter(input.PoolName, "PoolName");
  const [idTokenKey, accessTokenKey] = await Promise.all([
    createSigningKey(ctx.keys),
    createSigningKey(ctx.keys),
  ]);
  // The id is drawn after the keys are ready, so that concurrent creations never pick the same free id.
  let id = createUserPoolId(ctx.random, ctx.region);
  while (ctx.state.userPools[id] !== undefined) id = createUserPoolId(ctx.random, ctx.region);
  const now = nowInSeconds(ctx);
  const pool: UserPoolRecord = {
    id,
    name,
    arn: `arn:aws:cognito-idp:${ctx.region}:${ctx.accountId}:userpool/${id}`,
    createdAt: now,
    lastModifiedAt: now,
    passwordPolicy: toPasswordPolicy(input),
    customAttributes: toCustomAttributes(input),
    idTokenKey,
    accessTokenKey,
    clients: {},
    users: {},
    groups: {},
    resourceServers: {},
    refreshTokens: {},
    sessions: {},
    authorizationCodes: {},
  };
  ctx.state.userPools[id] = pool;
  return { UserPool: toUserPoolType(pool) };
}

/** @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPool.html */
export async function describeUserPool(
  ctx: CognitoContext,
  input: { UserPoolId: string },
): Promise<{ UserPool: UserPoolType }> {
  return { UserPool: toUserPoolType(getUserPoolOrThrow(ctx, input.UserPoolId)) };
}

/** @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUserPools.html */
export async function listUserPools(
  ctx: CognitoContext,
): Promise<{ UserPools: Array<Pick<UserPoolType, "Id" | "Name" | "CreationDate" | "LastModifiedDate">> }> {
  return {
    UserPools: Object.values(ctx.state.userPools).map((pool) => ({
      Id: pool.id,
      Name: pool.name,
      CreationDate: pool.createdAt,
      LastModifiedDate: pool.lastModifiedAt,
    })),
  };
}

/** DeleteUserPool: its tokens stop verifying at once, since its keys leave the JWKS. */
export async function deleteUserPool(
  ctx: CognitoContext,
  input: { UserPoolId: string },
): Promise<Record<string, never>> {
  getUserPoolOrThrow(ctx, input.UserPoolId);
  delete ctx.state.userPools[input.UserPoolId];
  return {};
}
