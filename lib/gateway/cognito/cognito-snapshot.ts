import type { CognitoState, UserPoolRecord } from "./user-pool-state";

/** A stored sandbox's user pools: the state as plain JSON, signing keys as JWK. */
export type CognitoSnapshot = CognitoState;

/** A snapshot that is not one: the stored data is damaged or from another store. */
export class CognitoSnapshotError extends Error {
  override readonly name = "CognitoSnapshotError";
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

const RECORD_MAPS = [
  "clients",
  "users",
  "groups",
  "resourceServers",
  "refreshTokens",
  "sessions",
  "authorizationCodes",
];

function assertUserPool(id: string, pool: unknown): asserts pool is UserPoolRecord {
  if (!isObject(pool) || pool.id !== id || typeof pool.name !== "string") {
    throw new CognitoSnapshotError(`user pool ${id}: expected { id, name, ... }`);
  }
  for (const key of ["idTokenKey", "accessTokenKey"]) {
    const signingKey = pool[key];
    if (!isObject(signingKey) || typeof signingKey.kid !== "string" || !isObject(signingKey.privateJwk)) {
      throw new CognitoSnapshotError(`user pool ${id}: ${key} must hold a kid and a private JWK`);
    }
  }
  for (const key of RECORD_MAPS) {
    if (!isObject(pool[key])) throw new CognitoSnapshotError(`user pool ${id}: ${key} must be an object`);
  }
}

/** A private, checked copy of a stored snapshot. */
export function toCognitoSnapshot(value: unknown): CognitoSnapshot {
  if (!isObject(value) || value.version !== 1 || !isObject(value.userPools)) {
    throw new CognitoSnapshotError("Not a user pools snapshot (expected { version: 1, userPools: {...} })");
  }
  const copy = structuredClone(value) as { version: 1; userPools: Record<string, unknown> };
  for (const [id, pool] of Object.entries(copy.userPools)) assertUserPool(id, pool);
  return copy as CognitoSnapshot;
}
