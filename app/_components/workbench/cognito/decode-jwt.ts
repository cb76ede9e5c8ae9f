/**
 * Reads a JWT's parts for display: base64url JSON, no signature check (API Gateway's authorizer does that).
 * @see https://datatracker.ietf.org/doc/html/rfc7519
 */

/** base64url (no padding) → UTF-8 text. */
export function decodeBase64Url(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
}

/** The header and payload of a compact JWS (`header.payload.signature`); throws on anything else. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split(".");
  if (parts.length !== 3) throw new Error("Not a JWT: expected three dot-separated parts.");
  const [header = "", payload = ""] = parts;
  return { header: parseObject(decodeBase64Url(header)), payload: parseObject(decodeBase64Url(payload)) };
}

function parseObject(text: string): Record<string, unknown> {
  const value: unknown = JSON.parse(text);
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error("Not a JSON object.");
  return value as Record<string, unknown>;
}

/** Epoch-second claims (`exp`, `iat`, `auth_time`) also as ISO dates, for reading. */
export function describeTimeClaim(name: string, value: unknown): string | undefined {
  if (!["exp", "iat", "auth_time", "nbf"].includes(name) || typeof value !== "number") return undefined;
  return new Date(value * 1000).toISOString();
}
