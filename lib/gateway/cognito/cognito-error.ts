/**
 * The Cognito user pools API's errors, one class per AWS exception type. `name` is the `__type` Cognito answers
 * with and the SDK's `error.name`; every one is an HTTP 400, as Cognito answers client errors.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/CommonErrors.html
 */
export type CognitoErrorType =
  | "GroupExistsException"
  | "InvalidOAuthFlowException"
  | "InvalidParameterException"
  | "InvalidPasswordException"
  | "NotAuthorizedException"
  | "ResourceNotFoundException"
  | "ScopeDoesNotExistException"
  | "UnsupportedUserStateException"
  | "UserNotFoundException"
  | "UsernameExistsException";

/** Base class: never thrown directly, so `name` always names a real Cognito exception. */
export abstract class CognitoError extends Error {
  abstract override readonly name: CognitoErrorType;
  readonly statusCode = 400;
}

/** Wrong credentials, a disabled user, a bad secret hash or refresh token, an expired session. */
export class NotAuthorizedException extends CognitoError {
  override readonly name = "NotAuthorizedException" as const;
}

/** The user does not exist (when the app client does not prevent user existence errors). */
export class UserNotFoundException extends CognitoError {
  override readonly name = "UserNotFoundException" as const;
}

/** The user pool, app client or group does not exist. */
export class ResourceNotFoundException extends CognitoError {
  override readonly name = "ResourceNotFoundException" as const;
}

/** A missing or invalid parameter, or an auth flow the app client does not allow. */
export class InvalidParameterException extends CognitoError {
  override readonly name = "InvalidParameterException" as const;
}

/** A password that breaks the user pool's password policy. */
export class InvalidPasswordException extends CognitoError {
  override readonly name = "InvalidPasswordException" as const;
}

export class UsernameExistsException extends CognitoError {
  override readonly name = "UsernameExistsException" as const;
}

export class GroupExistsException extends CognitoError {
  override readonly name = "GroupExistsException" as const;
}

/** An app client names an OAuth scope that no resource server (nor Cognito) defines. */
export class ScopeDoesNotExistException extends CognitoError {
  override readonly name = "ScopeDoesNotExistException" as const;
}

/** An app client's OAuth flows contradict each other or its secret. */
export class InvalidOAuthFlowException extends CognitoError {
  override readonly name = "InvalidOAuthFlowException" as const;
}

/** The operation does not apply to the user's current status. */
export class UnsupportedUserStateException extends CognitoError {
  override readonly name = "UnsupportedUserStateException" as const;
}
