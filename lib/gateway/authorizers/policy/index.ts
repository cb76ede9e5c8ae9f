/** IAM-style policy evaluation for `execute-api:Invoke`, shared by Lambda authorizers and resource policies. */
export { buildMethodArn, toPartition, type MethodArnParts } from "./build-method-arn";
export { evaluatePolicies, statementApplies, type PolicyRequest } from "./evaluate-policies";
export { MalformedPolicyError } from "./malformed-policy-error";
export { matchWildcard } from "./match-wildcard";
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
export { toPolicyDocument } from "./to-policy-document";
