import { randomString, type Random } from "../ports";

const LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";
const ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const BASE64URL = `${ALPHANUMERIC}-_`;

/** `us-east-1_AbCdE1234`: the Region, an underscore and nine alphanumerics. */
export function createUserPoolId(random: Random, region: string): string {
  return `${region}_${randomString(random, 9, ALPHANUMERIC)}`;
}

/** App client ids are 26 lowercase alphanumerics (`57cbishk4j24pabc1234567890`). */
export function createClientId(random: Random): string {
  return randomString(random, 26, LOWER_ALPHANUMERIC);
}

/** App client secrets are 51 lowercase alphanumerics. */
export function createClientSecret(random: Random): string {
  return randomString(random, 51, LOWER_ALPHANUMERIC);
}

/** A random 20-character salt for one password hash. */
export function createSalt(random: Random): string {
  return randomString(random, 20, ALPHANUMERIC);
}

/**
 * An opaque token that looks like Cognito's: refresh tokens are JWEs whose header is
 * `{"cty":"JWT","enc":"A256GCM","alg":"RSA-OAEP"}`; sessions are long opaque strings.
 */
export function createOpaqueToken(random: Random, kind: "refresh" | "session"): string {
  const part = (length: number) => randomString(random, length, BASE64URL);
  if (kind === "session") return `AYABe${part(300)}`;
  const header = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ";
  return [header, part(342), part(16), part(600), part(22)].join(".");
}
