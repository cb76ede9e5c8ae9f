/**
 * What of a sandbox's state may leave the server (the workbench's view, exported documents): everything
 * but working credentials. Removed: IAM access-key secrets and STS temporary credentials, the user pools'
 * private signing keys, and the pools' refresh tokens, sign-in sessions and authorization codes (their
 * keys are bearer tokens). An import regenerates keys and secrets (see import-sandbox-document.ts).
 *
 * Kept on purpose: access key ids (the console lists them too), public signing keys (the JWKS is public),
 * app client secrets (DescribeUserPoolClient returns them to the owner anyway), API key values (GetApiKey
 * returns them), and Cognito users' salted password hashes, so that imported users can still sign in.
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stripIam(iam: unknown): unknown {
  if (!isObject(iam)) return iam;
  const accessKeys = Array.isArray(iam.accessKeys)
    ? iam.accessKeys.map((key: unknown) => {
        if (!isObject(key)) return key;
        const { secretAccessKey: _secret, ...rest } = key;
        return rest;
      })
    : iam.accessKeys;
  return { ...iam, accessKeys, sessions: [] };
}

function stripSigningKey(key: unknown): unknown {
  if (!isObject(key)) return key;
  const { privateJwk: _private, ...rest } = key;
  return rest;
}

function stripUserPool(pool: unknown): unknown {
  if (!isObject(pool)) return pool;
  return {
    ...pool,
    idTokenKey: stripSigningKey(pool.idTokenKey),
    accessTokenKey: stripSigningKey(pool.accessTokenKey),
    refreshTokens: {},
    sessions: {},
    authorizationCodes: {},
  };
}

function stripUserPools(userPools: unknown): unknown {
  if (!isObject(userPools) || !isObject(userPools.userPools)) return userPools;
  const pools = Object.fromEntries(
    Object.entries(userPools.userPools).map(([id, pool]) => [id, stripUserPool(pool)]),
  );
  return { ...userPools, userPools: pools };
}

/** A deep copy of `state` without working credentials. */
export function stripSandboxSecrets(state: GatewaySandboxState): GatewaySandboxState {
  const copy = structuredClone(state);
  return { ...copy, iam: stripIam(copy.iam), userPools: stripUserPools(copy.userPools) };
}
