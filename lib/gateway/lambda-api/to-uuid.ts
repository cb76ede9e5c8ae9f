import { decodeBase64 } from "./base64";

/** A UUID-shaped id derived from a base64 hash: a stable RevisionId for a function the API never changed. */
export function toUuid(hashBase64: string): string {
  let hex = "";
  for (const byte of decodeBase64(hashBase64).subarray(0, 16)) hex += byte.toString(16).padStart(2, "0");
  hex = hex.padEnd(32, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
