import { assertExplicitAuthFlows, DEFAULT_EXPLICIT_AUTH_FLOWS } from "./auth-flows";
import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { InvalidOAuthFlowException, InvalidParameterException } from "./cognito-error";
import { createClientId, createClientSecret } from "./cognito-ids";
import { getAppClientOrThrow, getUserPoolOrThrow } from "./lookups";
import { assertScopesExist } from "./oauth-scopes";
import { requireParameter } from "./require-parameter";
import { toTokenValidity } from "./token-validity";
import type { CreateUserPoolClientInput, UserPoolClientType } from "./user-pool-shapes";
import type { AppClientRecord, UserPoolRecord } from "./user-pool-state";

function toUserPoolClientType(pool: UserPoolRecord, client: AppClientRecord): UserPoolClientType {
  const validity = client.tokenValidity;
  return {
    UserPoolId: pool.id,
    ClientName: client.clientName,
    ClientId: client.clientId,
    ...(client.clientSecret === undefined ? {} : { ClientSecret: client.clientSecret }),
    CreationDate: client.createdAt,
    LastModifiedDate: client.lastModifiedAt,
    ExplicitAuthFlows: [...client.explicitAuthFlows],
    AllowedOAuthFlows: [...client.allowedOAuthFlows],
    AllowedOAuthScopes: [...client.allowedOAuthScopes],
    AllowedOAuthFlowsUserPoolClient: client.allowedOAuthFlowsUserPoolClient,
    CallbackURLs: [...client.callbackUrls],
    PreventUserExistenceErrors: client.preventUserExistenceErrors,
    IdTokenValidity: validity.idToken,
    AccessTokenValidity: validity.accessToken,
    RefreshTokenValidity: validity.refreshToken,
    TokenValidityUnits: { ...validity.units },
  };
}

/** Cognito's rules for OAuth flows (the messages are Cognito's own). */
function assertOAuthFlows(flows: readonly string[], hasSecret: boolean): void {
  const unknown = flows.find((flow) => !["code", "implicit", "client_credentials"].includes(flow));
  if (unknown !== undefined) throw new InvalidParameterException(`Invalid OAuth flow: ${unknown}`);
  if (!flows.includes("client_credentials")) return;
  if (!hasSecret) {
    throw new InvalidOAuthFlowException(
      "client_credentials flow can not be selected if client does not have a client secret.",
    );
  }
  if (flows.length > 1) {
    throw new InvalidOAuthFlowException(
      "client_credentials flow can not be selected along with code flow or implicit flow.",
    );
  }
}

/**
 * CreateUserPoolClient. Password sign-in (ALLOW_USER_PASSWORD_AUTH) is off unless ExplicitAuthFlows lists it,
 * and user existence errors are LEGACY (UserNotFoundException) unless PreventUserExistenceErrors is ENABLED,
 * the API's defaults.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateUserPoolClient.html
 */
export async function createUserPoolClient(
  ctx: CognitoContext,
  input: CreateUserPoolClientInput,
): Promise<{ UserPoolClient: UserPoolClientType }> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const clientName = requireParameter(input.ClientName, "ClientName");
  const explicitAuthFlows = input.ExplicitAuthFlows ?? DEFAULT_EXPLICIT_AUTH_FLOWS;
  assertExplicitAuthFlows(explicitAuthFlows);
  const allowedOAuthFlows = input.AllowedOAuthFlows ?? [];
  assertOAuthFlows(allowedOAuthFlows, input.GenerateSecret === true);
  const allowedOAuthScopes = input.AllowedOAuthScopes ?? [];
  assertScopesExist(pool, allowedOAuthScopes);
  let clientId = createClientId(ctx.random);
  while (pool.clients[clientId] !== undefined) clientId = createClientId(ctx.random);
  const now = nowInSeconds(ctx);
  const client: AppClientRecord = {
    clientId,
    clientName,
    ...(input.GenerateSecret === true ? { clientSecret: createClientSecret(ctx.random) } : {}),
    createdAt: now,
    lastModifiedAt: now,
    explicitAuthFlows: [...explicitAuthFlows],
    allowedOAuthFlows: [...allowedOAuthFlows],
    allowedOAuthScopes: [...allowedOAuthScopes],
    allowedOAuthFlowsUserPoolClient: input.AllowedOAuthFlowsUserPoolClient === true,
    callbackUrls: [...(input.CallbackURLs ?? [])],
    preventUserExistenceErrors: input.PreventUserExistenceErrors ?? "LEGACY",
    tokenValidity: toTokenValidity(input),
  };
  pool.clients[clientId] = client;
  return { UserPoolClient: toUserPoolClientType(pool, client) };
}

/** @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_DescribeUserPoolClient.html */
export async function describeUserPoolClient(
  ctx: CognitoContext,
  input: { UserPoolId: string; ClientId: string },
): Promise<{ UserPoolClient: UserPoolClientType }> {
  const pool = getUserPoolOrThrow(ctx, input.UserPoolId);
  return { UserPoolClient: toUserPoolClientType(pool, getAppClientOrThrow(pool, input.ClientId)) };
}

/** DeleteUserPoolClient: ID tokens issued to it no longer pass a COGNITO_USER_POOLS authorizer. */
export async function deleteUserPoolClient(
  ctx: CognitoContext,
  input: { UserPoolId: string; ClientId: string },
): Promise<Record<string, never>> {
  const pool = getUserPoolOrThrow(ctx, input.UserPoolId);
  getAppClientOrThrow(pool, input.ClientId);
  delete pool.clients[input.ClientId];
  return {};
}
