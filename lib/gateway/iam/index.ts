/**
 * IAM for the data plane: the sandbox IAM/STS store, SigV4 verification for AWS_IAM methods, identity-
 * policy evaluation, and API resource policies combined with each authorization type as API Gateway's
 * authorization workflow describes.
 */
// Sandbox IAM and STS
export { IamStore, type IamStoreOptions } from "./iam-store";
export type { IamSnapshot } from "./iam-snapshot";
export type { AccessKey, IamRole, IamUser, TemporaryCredentials } from "./iam-views";
export type { CreateUserOptions } from "./user-operations";
export type { CreateRoleOptions } from "./role-operations";
export type { AssumeRoleInput } from "./sts-operations";
export { IamEntityError, type IamErrorCode } from "./iam-entity-error";
export type { CredentialResolver, IdentityPolicySource, ResolvedCredential } from "./credential-resolver";
export type { IamAssumedRolePrincipal, IamPrincipal, IamUserPrincipal } from "./iam-principal";

// Policies
export {
  EXECUTE_API_INVOKE,
  type ConditionBlock,
  type ConditionContext,
  type ConditionEvaluator,
  type PolicyDecision,
  type PolicyDocument,
  type PolicyEffect,
  type PolicyPrincipal,
  type PolicyStatement,
} from "./policy-document";
export { parsePolicyDocument, type PolicyKind } from "./parse-policy-document";
export { MalformedPolicyDocumentError } from "./malformed-policy-document-error";
export { evaluateConditionBlock } from "./evaluate-condition-block";
export {
  evaluatePolicyDocuments,
  statementApplies,
  type PolicyEvaluationRequest,
  type PolicyEvaluator,
} from "./evaluate-policy-documents";
export { matchIpAddress, parseIpAddress } from "./match-ip-address";
export { toConditionContext, type ConditionCaller, type RequestFacts } from "./request-facts";

// SigV4
export {
  verifySigV4Request,
  type SigV4Rejection,
  type SigV4Result,
  type SigV4Verification,
  type VerifySigV4Options,
} from "./verify-sigv4-request";
export { toCanonicalRequest, toStringToSign, type SignableRequest } from "./to-canonical-request";
export { timingSafeEqual } from "./timing-safe-equal";
export {
  ExpiredTokenError,
  IncompleteSignatureError,
  InvalidSecurityTokenError,
  InvalidSignatureError,
  SIGNATURE_DOES_NOT_MATCH,
  SignatureDoesNotMatchError,
} from "./iam-errors";

// Authorization
export { toMethodArn, expandExecuteApiResource, type MethodArnParts } from "./execute-api-arn";
export { toIdentityContext, type IamIdentityContext } from "./iam-identity-context";
export {
  authenticateIamRequest,
  type AuthenticateIamRequestInput,
  type IamAuthentication,
} from "./authenticate-iam-request";
export {
  authorizeIamRequest,
  type AuthorizeIamRequestInput,
  type IamAuthorization,
} from "./authorize-iam-request";
export {
  checkResourcePolicy,
  type AuthorizationPhase,
  type CheckResourcePolicyInput,
  type ResourcePolicyOutcome,
} from "./check-resource-policy";
export {
  evaluateResourcePolicy,
  parseResourcePolicy,
  type ResourcePolicyRequest,
} from "./evaluate-resource-policy";
export { combinePolicyDecisions, type CombinedDecision } from "./combine-policy-decisions";
export { toAccessDeniedMessage, toAuthorizerDeniedMessage } from "./access-denied-message";
