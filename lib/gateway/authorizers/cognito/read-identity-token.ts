import { CognitoTokenRejectedError } from "./cognito-token-rejected-error";

/**
 * The header a COGNITO_USER_POOLS authorizer reads: `method.request.header.Authorization` → `Authorization`.
 * Undefined for anything else (a Cognito authorizer's identity source is always one header).
 */
export function toIdentityHeaderName(identitySource: string | undefined): string | undefined {
  const match = /^method\.request\.header\.(.+)$/.exec((identitySource ?? "").trim());
  return match?.[1];
}

/**
 * The raw token in the identity header's value. AWS documents the bare token; a `Bearer ` prefix is accepted
 * too, as AWS does today (3P: live tests and AWS workshop material send `Bearer <id token>` with success; 2019
 * reports said otherwise, so this changed). Missing or empty → 401 without looking further.
 */
export function readIdentityToken(headerValue: string | undefined): string {
  const value = headerValue ?? "";
  // [UNVERIFIED] whether the scheme is matched case-insensitively; RFC 6750 says it is.
  const token = /^bearer\s+/i.test(value) ? value.replace(/^bearer\s+/i, "") : value;
  if (token === "") throw new CognitoTokenRejectedError("missing-token");
  return token;
}
