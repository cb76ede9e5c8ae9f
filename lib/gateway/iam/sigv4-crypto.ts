/**
 * SHA-256 and HMAC-SHA256 through WebCrypto (`globalThis.crypto.subtle`, present in browsers and Node 20),
 * and SigV4's signing-key derivation:
 * kSecret = "AWS4" + secret; kDate = HMAC(kSecret, date); kRegion = HMAC(kDate, region);
 * kService = HMAC(kRegion, service); kSigning = HMAC(kService, "aws4_request").
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#derive-signing-key
 */

const encoder = new TextEncoder();

/** WebCrypto takes ArrayBuffer-backed views; the engine's byte arrays always are, bar a defensive copy. */
function toBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

function toBytes(data: string | Uint8Array): Uint8Array<ArrayBuffer> {
  return typeof data === "string" ? encoder.encode(data) : toBufferSource(data);
}

export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest("SHA-256", toBytes(data))));
}

export function importHmacKey(key: Uint8Array): Promise<CryptoKey> {
  const algorithm = { name: "HMAC", hash: "SHA-256" };
  return globalThis.crypto.subtle.importKey("raw", toBufferSource(key), algorithm, false, ["sign"]);
}

export async function signHmacSha256(key: CryptoKey, data: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", key, encoder.encode(data)));
}

export async function hmacSha256(key: Uint8Array, data: string): Promise<Uint8Array> {
  return signHmacSha256(await importHmacKey(key), data);
}

export async function deriveSigningKey(
  secretAccessKey: string,
  shortDate: string,
  region: string,
  service: string,
): Promise<Uint8Array> {
  const kDate = await hmacSha256(encoder.encode(`AWS4${secretAccessKey}`), shortDate);
  const kRegion = await hmacSha256(kDate, region);
  const kService = await hmacSha256(kRegion, service);
  return hmacSha256(kService, "aws4_request");
}
