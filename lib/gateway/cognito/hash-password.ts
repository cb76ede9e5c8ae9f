const encoder = new TextEncoder();

function toHex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 of salt and password, hex. WebCrypto is in every runtime the engine targets (Node 20, browsers). */
export async function hashPassword(salt: string, password: string): Promise<string> {
  return toHex(await crypto.subtle.digest("SHA-256", encoder.encode(`${salt}:${password}`)));
}
