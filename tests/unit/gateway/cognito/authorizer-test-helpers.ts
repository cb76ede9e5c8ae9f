import { expect } from "vitest";
import {
  authorizeWithCognito,
  type CognitoAuthorizerInput,
  type CognitoRejectionReason,
} from "@/lib/gateway/authorizers/cognito";
import { UnauthorizedError } from "@/lib/gateway/errors";
import type { PoolFixture } from "./user-pool-fixture";

/** The ARN a REST API's COGNITO_USER_POOLS authorizer names for the fixture's pool. */
export function toPoolArn(f: PoolFixture): string {
  return `arn:aws:cognito-idp:us-east-1:123456789012:userpool/${f.poolId}`;
}

/** Runs the authorizer for the fixture's pool, at the fixture's virtual time. */
export function authorize(
  f: PoolFixture,
  token: string | undefined,
  overrides: Partial<CognitoAuthorizerInput> = {},
) {
  return authorizeWithCognito({
    authorizer: { providerARNs: [toPoolArn(f)] },
    token,
    pools: f.pools,
    clock: f.clock,
    ...overrides,
  });
}

/** Asserts a 401 Unauthorized for `reason`. */
export async function expectRejected(
  promise: Promise<unknown>,
  reason: CognitoRejectionReason,
): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnauthorizedError);
  expect(error).toMatchObject({
    reason,
    defaultStatus: 401,
    responseType: "UNAUTHORIZED",
    gatewayMessage: "Unauthorized",
  });
}

/** A client credentials access token of the fixture's service client. */
export async function clientCredentialsToken(f: PoolFixture, scope: string): Promise<string> {
  const response = await f.pools.requestToken(f.poolId, {
    grant_type: "client_credentials",
    client_id: f.serviceClientId,
    client_secret: f.serviceSecret,
    scope,
  });
  return response.access_token;
}

/** The same token with one header or payload member changed, the signature kept. */
export function tamper(token: string, part: 0 | 1, change: Record<string, unknown>): string {
  const parts = token.split(".");
  const decoded = JSON.parse(atob((parts[part] ?? "").replace(/-/g, "+").replace(/_/g, "/"))) as object;
  parts[part] = btoa(JSON.stringify({ ...decoded, ...change }))
    .replace(/=+$/, "")
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
  return parts.join(".");
}
