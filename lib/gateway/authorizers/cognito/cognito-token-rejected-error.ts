import { UnauthorizedError } from "../../errors";

/** Why a COGNITO_USER_POOLS authorizer refused a request; AWS answers every one the same way. */
export type CognitoRejectionReason =
  | "missing-token"
  | "malformed-token"
  | "unknown-issuer"
  | "unknown-kid"
  | "bad-signature"
  | "expired"
  | "audience-mismatch"
  | "not-id-token"
  | "unknown-audience"
  | "not-access-token"
  | "unknown-client"
  | "insufficient-scope";

/**
 * A refused token: 401 `{"message":"Unauthorized"}` (UnauthorizedException, gateway response UNAUTHORIZED), as
 * AWS answers a missing, invalid or expired token and a token without a method scope. `reason` is for the trace;
 * it never reaches the caller.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-enable-cognito-user-pool.html
 */
export class CognitoTokenRejectedError extends UnauthorizedError {
  constructor(readonly reason: CognitoRejectionReason) {
    super();
  }
}
