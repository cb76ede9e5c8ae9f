/**
 * Adds SECRET_HASH to sign-in parameters when the app client has a secret: Base64(HMAC-SHA256(key = client
 * secret, message = username + client id)), computed in the browser with WebCrypto.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/signing-up-users-in-your-app.html#cognito-user-pools-computing-secret-hash
 */
import { computeSecretHash } from "@/lib/gateway/cognito/assert-secret-hash";
import type { UserPoolClientType } from "./cognito-types";

export async function withSecretHash(
  parameters: Record<string, string>,
  client: Pick<UserPoolClientType, "ClientId" | "ClientSecret">,
  username: string,
): Promise<Record<string, string>> {
  if (client.ClientSecret === undefined) return parameters;
  return {
    ...parameters,
    SECRET_HASH: await computeSecretHash(client.ClientSecret, username, client.ClientId),
  };
}
