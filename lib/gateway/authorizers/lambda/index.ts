/** REST Lambda authorizers (TOKEN and REQUEST): identity, invocation, output, result cache and decision. */
export {
  authorizeWithLambda,
  type AuthorizeWithLambdaInput,
  type LambdaAuthorization,
} from "./authorize-with-lambda";
export type { AuthorizerRequest } from "./authorizer-request";
export {
  AuthorizerResultCache,
  DEFAULT_AUTHORIZER_CACHE_ENTRIES,
  type AuthorizerCacheScope,
  type AuthorizerResultCacheOptions,
} from "./authorizer-result-cache";
export {
  buildRequestAuthorizerEvent,
  buildTokenAuthorizerEvent,
  type LambdaAuthorizerEvent,
  type RequestAuthorizerEvent,
  type TokenAuthorizerEvent,
} from "./build-authorizer-event";
export {
  EXPLICIT_DENY_MESSAGE,
  IMPLICIT_DENY_MESSAGE,
  enforceAuthorizerPolicy,
} from "./enforce-authorizer-policy";
export { DEFAULT_AUTHORIZER_TIMEOUT_MS } from "./invoke-authorizer-function";
export { describeIncomingIdentity, maskIdentity } from "./mask-identity";
export { matchIdentityValidationExpression } from "./match-identity-validation-expression";
export { parseIdentitySources, type IdentitySource, type IdentitySourceKind } from "./parse-identity-sources";
export { readIdentitySource } from "./read-identity-source";
export type { LambdaAuthorizerSettings } from "./read-authorizer-identity";
export {
  DEFAULT_AUTHORIZER_RESULT_TTL_SECONDS,
  MAX_AUTHORIZER_RESULT_TTL_SECONDS,
  resolveAuthorizerTtlSeconds,
} from "./resolve-authorizer-ttl-seconds";
export { toAuthorizerCacheKey, type AuthorizerCacheKeyInput } from "./to-authorizer-cache-key";
export { toAuthorizerContext } from "./to-authorizer-context";
export { toAuthorizerOutput, type AuthorizerOutput } from "./to-authorizer-output";
