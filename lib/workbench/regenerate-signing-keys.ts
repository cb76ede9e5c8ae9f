/**
 * An imported sandbox's user pools get new RSA signing keys: an export holds no private keys, and a
 * document could carry keys someone else knows. Refresh tokens, sign-in sessions and authorization codes
 * are dropped too (bearer values issued under the old keys).
 */
import { createSigningKey } from "@/lib/gateway/cognito/create-signing-key";
import { SigningKeyCache } from "@/lib/gateway/cognito/signing-key-cache";

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A copy of a user pools snapshot with fresh keys in every pool; anything malformed is left for the check. */
export async function regenerateSigningKeys(userPools: JsonObject): Promise<JsonObject> {
  if (!isObject(userPools.userPools)) return userPools;
  const cache = new SigningKeyCache();
  const pools: JsonObject = {};
  for (const [id, pool] of Object.entries(userPools.userPools)) {
    pools[id] = isObject(pool)
      ? {
          ...pool,
          idTokenKey: await createSigningKey(cache),
          accessTokenKey: await createSigningKey(cache),
          refreshTokens: {},
          sessions: {},
          authorizationCodes: {},
        }
      : pool;
  }
  return { ...userPools, userPools: pools };
}
