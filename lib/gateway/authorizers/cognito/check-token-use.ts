import type { JWTPayload } from "jose";
import type { UserPoolIssuer } from "../../cognito";
import { CognitoTokenRejectedError } from "./cognito-token-rejected-error";

/**
 * A method without OAuth scopes takes an ID token (`token_use: "id"`) issued to one of the pool's app clients
 * (`aud`). An access token has no `aud` and is refused.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html
 */
export function checkIdToken(payload: JWTPayload, issuer: UserPoolIssuer): void {
  if (payload.token_use !== "id") throw new CognitoTokenRejectedError("not-id-token");
  // [UNVERIFIED] that AWS requires `aud` to be a current app client of the pool; a deleted client's tokens fail here.
  if (typeof payload.aud !== "string" || !issuer.hasAppClient(payload.aud)) {
    throw new CognitoTokenRejectedError("unknown-audience");
  }
}

/** The space-separated `scope` claim as a list. */
export function toTokenScopes(payload: JWTPayload): string[] {
  return typeof payload.scope === "string" ? payload.scope.split(" ").filter((s) => s !== "") : [];
}

/**
 * A method with `authorizationScopes` takes an access token (`token_use: "access"`) whose `scope` claim holds at
 * least one of them; otherwise 401 Unauthorized.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html
 */
export function checkAccessToken(
  payload: JWTPayload,
  issuer: UserPoolIssuer,
  methodScopes: readonly string[],
): void {
  if (payload.token_use !== "access") throw new CognitoTokenRejectedError("not-access-token");
  // [UNVERIFIED] as for ID tokens: `client_id` must be a current app client of the pool.
  if (typeof payload.client_id !== "string" || !issuer.hasAppClient(payload.client_id)) {
    throw new CognitoTokenRejectedError("unknown-client");
  }
  const scopes = toTokenScopes(payload);
  if (!methodScopes.some((scope) => scopes.includes(scope))) {
    throw new CognitoTokenRejectedError("insufficient-scope");
  }
}

/**
 * The authorizer's optional identityValidationExpression, matched against the whole `aud` claim (an access token
 * has none, so it always fails: DOC). Full-match semantics are our reading of a Java-backed service [UNVERIFIED].
 */
export function checkAudienceExpression(payload: JWTPayload, expression: string | undefined): void {
  if (expression === undefined || expression === "") return;
  let pattern: RegExp;
  try {
    pattern = new RegExp(`^(?:${expression})$`);
  } catch {
    throw new CognitoTokenRejectedError("audience-mismatch");
  }
  if (typeof payload.aud !== "string" || !pattern.test(payload.aud)) {
    throw new CognitoTokenRejectedError("audience-mismatch");
  }
}
