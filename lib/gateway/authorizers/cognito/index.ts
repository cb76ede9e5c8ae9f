/** The REST COGNITO_USER_POOLS authorizer: token checks against the sandbox's simulated user pools. */
export {
  authorizeWithCognito,
  type CognitoAuthorization,
  type CognitoAuthorizerInput,
} from "./authorize-with-cognito";
export { CognitoTokenRejectedError, type CognitoRejectionReason } from "./cognito-token-rejected-error";
export { readIdentityToken, toIdentityHeaderName } from "./read-identity-token";
export { toAuthorizerClaims } from "./to-authorizer-claims";
export { toJavaDateString } from "./to-java-date-string";
export { verifyUserPoolToken } from "./verify-user-pool-token";
