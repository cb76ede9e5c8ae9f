/** A simulated Amazon Cognito user pool per sandbox: users, app clients, groups, sign-in, RS256 tokens, JWKS. */
export {
  createCognitoUserPools,
  type CognitoOperations,
  type CognitoUserPools,
  type CognitoUserPoolsOptions,
} from "./create-cognito-user-pools";
export { COGNITO_OPERATIONS } from "./cognito-operations";
export {
  CognitoError,
  GroupExistsException,
  InvalidOAuthFlowException,
  InvalidParameterException,
  InvalidPasswordException,
  NotAuthorizedException,
  ResourceNotFoundException,
  ScopeDoesNotExistException,
  UnsupportedUserStateException,
  UserNotFoundException,
  UsernameExistsException,
  type CognitoErrorType,
} from "./cognito-error";
export { OAuthError, type OAuthErrorCode } from "./oauth-error";
export { CognitoSnapshotError, type CognitoSnapshot } from "./cognito-snapshot";
export { computeSecretHash } from "./assert-secret-hash";
export { DEFAULT_PASSWORD_POLICY } from "./assert-password-conforms";
export { STANDARD_OAUTH_SCOPES, USER_ADMIN_SCOPE } from "./oauth-scopes";
export { toUserPoolIssuer } from "./user-pool-issuer";
export type { UserPoolDirectory, UserPoolIssuer } from "./user-pool-directory";
export type { ManagedLoginInput, ManagedLoginResult } from "./sign-in-with-managed-login";
export type { TokenRequest, TokenResponse } from "./request-token";
export type * from "./user-pool-shapes";
export type { PasswordPolicy, UserStatus } from "./user-pool-state";
