import { NotAuthorizedException } from "./cognito-error";
import type { AppClientRecord } from "./user-pool-state";

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * SECRET_HASH: Base64(HMAC-SHA256(key = client secret, message = username + client id)).
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash
 */
export async function computeSecretHash(
  clientSecret: string,
  username: string,
  clientId: string,
): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(clientSecret),
    { name: "HMAC", hash: "SHA-256" },
    false,
    ["sign"],
  );
  const signature = await crypto.subtle.sign("HMAC", key, encoder.encode(username + clientId));
  return toBase64(new Uint8Array(signature));
}

/**
 * A client with a secret must prove it with SECRET_HASH; the messages are Cognito's. `usernames` lists the names
 * the hash may be computed over (a refresh may use the user name or the `sub`).
 */
export async function assertSecretHash(
  client: AppClientRecord,
  usernames: readonly string[],
  secretHash: string | undefined,
): Promise<void> {
  if (client.clientSecret === undefined) return;
  if (secretHash === undefined || secretHash === "") {
    throw new NotAuthorizedException(
      `Client ${client.clientId} is configured for secret but secret was not received`,
    );
  }
  for (const username of usernames) {
    if ((await computeSecretHash(client.clientSecret, username, client.clientId)) === secretHash) return;
  }
  throw new NotAuthorizedException(`Unable to verify secret hash for client ${client.clientId}`);
}
