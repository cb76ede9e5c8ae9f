/** The `error` codes of the user pool's OAuth 2.0 endpoints (RFC 6749 section 5.2, plus Cognito's `redirect_mismatch`). */
export type OAuthErrorCode =
  | "invalid_client"
  | "invalid_grant"
  | "invalid_request"
  | "invalid_scope"
  | "redirect_mismatch"
  | "unauthorized_client"
  | "unsupported_grant_type";

/**
 * An error of the `/oauth2/authorize` or `/oauth2/token` endpoint. Cognito answers the token endpoint's errors
 * with HTTP 400 and the body `{"error":"<code>"}`.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/token-endpoint.html
 */
export class OAuthError extends Error {
  override readonly name = "OAuthError";
  readonly statusCode = 400;
  constructor(readonly error: OAuthErrorCode) {
    super(error);
  }

  /** The response body Cognito sends. */
  toJSON(): { error: OAuthErrorCode } {
    return { error: this.error };
  }
}
