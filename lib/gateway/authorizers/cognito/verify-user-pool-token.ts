import {
  createLocalJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTPayload,
} from "jose";
import type { UserPoolIssuer } from "../../cognito";
import { CognitoTokenRejectedError, type CognitoRejectionReason } from "./cognito-token-rejected-error";

/** One key set per JWKS document: jose imports each key once and keeps it. */
const keySets = new WeakMap<JSONWebKeySet, ReturnType<typeof createLocalJWKSet>>();

function keySetOf(jwks: JSONWebKeySet): ReturnType<typeof createLocalJWKSet> {
  let keySet = keySets.get(jwks);
  if (keySet === undefined) {
    keySet = createLocalJWKSet(jwks);
    keySets.set(jwks, keySet);
  }
  return keySet;
}

function readIssuerClaim(token: string): unknown {
  try {
    decodeProtectedHeader(token);
    return decodeJwt(token).iss;
  } catch {
    throw new CognitoTokenRejectedError("malformed-token");
  }
}

function toRejectionReason(error: unknown): CognitoRejectionReason {
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) {
    return "unknown-kid";
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return "bad-signature";
  if (error instanceof errors.JWTExpired) return "expired";
  return "malformed-token";
}

/**
 * Verifies a user pool token as API Gateway does: its `iss` must be one of the authorizer's pools, its `kid` a
 * key of that pool's JWKS, its RS256 signature valid and its `exp` after `now` (the Clock's time, never the host's).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-tokens-verifying-a-jwt.html
 */
export async function verifyUserPoolToken(
  token: string,
  issuers: readonly UserPoolIssuer[],
  now: Date,
): Promise<{ payload: JWTPayload; issuer: UserPoolIssuer }> {
  const iss = readIssuerClaim(token);
  const issuer = issuers.find((candidate) => candidate.issuer === iss);
  if (issuer === undefined) throw new CognitoTokenRejectedError("unknown-issuer");
  try {
    const { payload } = await jwtVerify(token, keySetOf(issuer.jwks), {
      algorithms: ["RS256"],
      issuer: issuer.issuer,
      currentDate: now,
    });
    return { payload, issuer };
  } catch (error) {
    throw new CognitoTokenRejectedError(toRejectionReason(error));
  }
}
