import { calculateJwkThumbprint, exportJWK, generateKeyPair } from "jose";
import type { SigningKeyCache } from "./signing-key-cache";
import type { SigningKeyRecord } from "./user-pool-state";

/**
 * Cognito's key ids are 44-character standard base64 (`"abcd...Ef0=")`, the size of a SHA-256 digest: we use the
 * key's RFC 7638 thumbprint, re-encoded from base64url, so the kid follows from the key and needs no randomness.
 */
function toCognitoKid(thumbprint: string): string {
  return `${thumbprint.replace(/-/g, "+").replace(/_/g, "/")}=`;
}

/**
 * A new RS256 key pair for a user pool, as JWKs. The public half is the pool's JWKS entry in Cognito's shape.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
 */
export async function createSigningKey(cache: SigningKeyCache): Promise<SigningKeyRecord> {
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk = await exportJWK(privateKey);
  const kid = toCognitoKid(await calculateJwkThumbprint({ kty: "RSA", e: jwk.e, n: jwk.n }, "sha256"));
  cache.remember(kid, privateKey);
  return {
    kid,
    privateJwk: { ...jwk, alg: "RS256", kid },
    publicJwk: { alg: "RS256", e: jwk.e, kid, kty: "RSA", n: jwk.n, use: "sig" },
  };
}
