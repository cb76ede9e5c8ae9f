import { isAuthFlowEnabled } from "./auth-flows";
import { authenticateWithPassword } from "./authenticate-with-password";
import { authenticateWithRefreshToken } from "./authenticate-with-refresh-token";
import type { CognitoContext } from "./cognito-context";
import { InvalidParameterException } from "./cognito-error";
import { getAppClientOrThrow, getAppClientPoolOrThrow, getUserPoolOrThrow } from "./lookups";
import { requireParameter } from "./require-parameter";
import type { AdminInitiateAuthInput, AuthOutput, InitiateAuthInput } from "./user-pool-shapes";
import type { AppClientRecord, UserPoolRecord } from "./user-pool-state";

const PUBLIC_PASSWORD_FLOWS = ["USER_PASSWORD_AUTH"];
const ADMIN_PASSWORD_FLOWS = ["ADMIN_USER_PASSWORD_AUTH", "ADMIN_NO_SRP_AUTH"];
const REFRESH_FLOWS = ["REFRESH_TOKEN_AUTH", "REFRESH_TOKEN"];
/** Real flows the sandbox does not simulate (SRP needs its own handshake, custom auth needs Lambda triggers). */
const UNSIMULATED_FLOWS = ["USER_SRP_AUTH", "CUSTOM_AUTH", "USER_AUTH"];

function assertFlowEnabled(client: AppClientRecord, flow: string, admin: boolean): void {
  const canonical = REFRESH_FLOWS.includes(flow) ? "REFRESH_TOKEN_AUTH" : flow;
  if (isAuthFlowEnabled(client, canonical)) return;
  // Cognito's wording differs between the two operations (3P, widely quoted).
  throw new InvalidParameterException(
    admin ? "Auth flow not enabled for this client" : `${flow} flow not enabled for this client`,
  );
}

async function runAuthFlow(
  ctx: CognitoContext,
  target: { pool: UserPoolRecord; client: AppClientRecord },
  flow: string,
  parameters: Record<string, string> | undefined,
  admin: boolean,
): Promise<AuthOutput> {
  const passwordFlows = admin ? ADMIN_PASSWORD_FLOWS : PUBLIC_PASSWORD_FLOWS;
  if ([...PUBLIC_PASSWORD_FLOWS, ...ADMIN_PASSWORD_FLOWS].includes(flow) && !passwordFlows.includes(flow)) {
    throw new InvalidParameterException("Initiate Auth method not supported.");
  }
  if (UNSIMULATED_FLOWS.includes(flow)) {
    throw new InvalidParameterException(`${flow} is not simulated: use USER_PASSWORD_AUTH or managed login.`);
  }
  if (!passwordFlows.includes(flow) && !REFRESH_FLOWS.includes(flow)) {
    throw new InvalidParameterException(
      `1 validation error detected: Value '${flow}' at 'authFlow' failed to satisfy constraint: ` +
        "Member must satisfy enum value set",
    );
  }
  assertFlowEnabled(target.client, flow, admin);
  return REFRESH_FLOWS.includes(flow)
    ? authenticateWithRefreshToken(ctx, target.pool, target.client, parameters)
    : authenticateWithPassword(ctx, target.pool, target.client, parameters);
}

/**
 * InitiateAuth with USER_PASSWORD_AUTH or REFRESH_TOKEN_AUTH. Names only the app client, which names its pool.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
 */
export async function initiateAuth(ctx: CognitoContext, input: InitiateAuthInput): Promise<AuthOutput> {
  const flow = requireParameter(input.AuthFlow, "AuthFlow");
  const target = getAppClientPoolOrThrow(ctx, requireParameter(input.ClientId, "ClientId"));
  return runAuthFlow(ctx, target, flow, input.AuthParameters, false);
}

/**
 * AdminInitiateAuth with ADMIN_USER_PASSWORD_AUTH (ADMIN_NO_SRP_AUTH) or REFRESH_TOKEN_AUTH.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminInitiateAuth.html
 */
export async function adminInitiateAuth(
  ctx: CognitoContext,
  input: AdminInitiateAuthInput,
): Promise<AuthOutput> {
  const flow = requireParameter(input.AuthFlow, "AuthFlow");
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const client = getAppClientOrThrow(pool, requireParameter(input.ClientId, "ClientId"));
  return runAuthFlow(ctx, { pool, client }, flow, input.AuthParameters, true);
}
