/**
 * Derived SigV4 signing keys, imported once as WebCrypto HMAC keys and reused. A signing key depends only
 * on the secret, the day, the region and the service, so AWS's SDKs cache it the same way; deriving it
 * costs four HMACs and five key imports per request otherwise, most of verification's time. The cache is
 * bounded and simply emptied when full.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#derive-signing-key
 */
import { deriveSigningKey, importHmacKey } from "./sigv4-crypto";

const LIMIT = 1024;
const keys = new Map<string, Promise<CryptoKey>>();

export function getSigningKey(
  secretAccessKey: string,
  shortDate: string,
  region: string,
  service: string,
): Promise<CryptoKey> {
  const id = [shortDate, region, service, secretAccessKey].join("\n");
  const cached = keys.get(id);
  if (cached) return cached;
  if (keys.size >= LIMIT) keys.clear();
  const key = deriveSigningKey(secretAccessKey, shortDate, region, service).then(importHmacKey);
  keys.set(id, key);
  key.catch(() => keys.delete(id));
  return key;
}
