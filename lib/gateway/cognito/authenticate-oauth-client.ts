import { OAuthError } from "./oauth-error";
import { readOwn } from "./own-entry";
import type { AppClientRecord, UserPoolRecord } from "./user-pool-state";

/** The client credentials of a token request: HTTP Basic `client_id:client_secret`, or form fields. */
export interface OAuthClientCredentials {
  /** The request's Authorization header, e.g. `Basic base64(client_id:client_secret)`. */
  authorization?: string;
  client_id?: string;
  client_secret?: string;
}

function readBasicCredentials(authorization: string | undefined): { id?: string; secret?: string } {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? "");
  if (match?.[1] === undefined) return {};
  let decoded: string;
  try {
    decoded = atob(match[1]);
  } catch {
    throw new OAuthError("invalid_client");
  }
  const colon = decoded.indexOf(":");
  return colon < 0 ? { id: decoded } : { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/**
 * The app client a token request authenticates as: `invalid_client` when it is unknown, or when it has a secret
 * and the request does not present it.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export function authenticateOAuthClient(
  pool: UserPoolRecord,
  credentials: OAuthClientCredentials,
): AppClientRecord {
  const basic = readBasicCredentials(credentials.authorization);
  const clientId = basic.id ?? credentials.client_id;
  const secret = basic.secret ?? credentials.client_secret;
  const client = clientId === undefined ? undefined : readOwn(pool.clients, clientId);
  if (client === undefined) throw new OAuthError("invalid_client");
  if (client.clientSecret !== undefined && client.clientSecret !== secret)
    throw new OAuthError("invalid_client");
  return client;
}

/** The scopes a request gets: those it asks for, all of which the client must be allowed; else the default. */
export function grantScopes(
  client: AppClientRecord,
  requested: readonly string[],
  fallback: readonly string[],
): string[] {
  if (requested.some((scope) => !client.allowedOAuthScopes.includes(scope)))
    throw new OAuthError("invalid_scope");
  const scopes = requested.length > 0 ? [...requested] : [...fallback];
  if (scopes.length === 0) throw new OAuthError("invalid_scope");
  return scopes;
}

/** An OAuth flow must be both listed and switched on (AllowedOAuthFlowsUserPoolClient). */
export function assertOAuthFlowAllowed(client: AppClientRecord, flow: "code" | "client_credentials"): void {
  if (!client.allowedOAuthFlowsUserPoolClient || !client.allowedOAuthFlows.includes(flow)) {
    throw new OAuthError("unauthorized_client");
  }
}
