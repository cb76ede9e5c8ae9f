import { SignJWT, type JWTPayload } from "jose";
import type { SigningKeyCache } from "./signing-key-cache";
import type { SigningKeyRecord } from "./user-pool-state";

/**
 * An RS256 JWT with Cognito's header `{"kid":...,"alg":"RS256"}`. The claims carry their own `iat` and `exp`
 * (from the Clock port): jose's time setters would read the host clock, so none is called.
 */
export async function signToken(
  keys: SigningKeyCache,
  key: SigningKeyRecord,
  claims: JWTPayload,
): Promise<string> {
  const privateKey = await keys.privateKeyOf(key);
  return new SignJWT(claims).setProtectedHeader({ kid: key.kid, alg: "RS256" }).sign(privateKey);
}
