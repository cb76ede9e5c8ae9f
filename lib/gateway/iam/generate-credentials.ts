/**
 * Identifiers and secrets in AWS's formats, drawn from the Random port: access key ids (`AKIA`/`ASIA` +
 * 16 base-32 characters, 20 in all), 40-character secret keys, unique ids (`AIDA` users, `AROA` roles,
 * 21 characters) and opaque session tokens.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids
 */
import { randomString, type Random } from "../ports";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** `AKIA` for long-term user keys, `ASIA` for temporary (STS) keys. */
export function generateAccessKeyId(random: Random, prefix: "AKIA" | "ASIA"): string {
  return prefix + randomString(random, 16, BASE32);
}

export function generateSecretAccessKey(random: Random): string {
  return randomString(random, 40, BASE64);
}

/** `AIDA` for users, `AROA` for roles. */
export function generateUniqueId(random: Random, prefix: "AIDA" | "AROA"): string {
  return prefix + randomString(random, 17, BASE32);
}

/** Opaque, like STS's: a fixed base64 prefix, then random base64. */
export function generateSessionToken(random: Random): string {
  return `IQoJb3JpZ2luX2VjE${randomString(random, 363, BASE64)}==`;
}
