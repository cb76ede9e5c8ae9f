/**
 * IAM-style evaluation of `execute-api:Invoke` over one or more policy documents: an applicable explicit
 * Deny wins; otherwise an applicable Allow is needed; otherwise the request is implicitly denied. Actions
 * compare case-insensitively, resources case-sensitively, both with `*` and `?` wildcards (IAM's rules).
 * Conditions and principals are judged by callbacks, so IAM condition keys (aws:SourceIp...) and
 * resource-policy principals plug in without touching this evaluator (lib/gateway/iam's
 * `evaluateConditionBlock` has the ConditionEvaluator shape).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-control-access-using-iam-policies-to-invoke-api.html
 */
import { matchWildcard } from "./match-wildcard";
import type {
  ConditionContext,
  ConditionEvaluator,
  PolicyDecision,
  PolicyDocument,
  PolicyPrincipal,
  PolicyStatement,
} from "./policy-document";

export interface PolicyRequest {
  /** e.g. `execute-api:Invoke`. */
  readonly action: string;
  /** The method ARN, e.g. `arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/1`. */
  readonly resource: string;
  /** What condition keys read (lower-cased names); default empty. */
  readonly context?: ConditionContext;
  /**
   * Whether a `Condition` block holds. Without it a statement with a condition fails closed: its Allow
   * does not apply and its Deny does.
   */
  readonly evaluateCondition?: ConditionEvaluator;
  /**
   * Whether a `Principal` covers the caller (resource policies); `NotPrincipal` is its negation. Without
   * it a statement naming principals fails closed, as for conditions.
   */
  readonly matchPrincipal?: (principal: PolicyPrincipal) => boolean;
}

const NO_CONTEXT: ConditionContext = {};

/** `Action` must match, `NotAction` must not; same for resources. A statement with neither never applies. */
function coversElement(
  listed: readonly string[] | undefined,
  excluded: readonly string[] | undefined,
  value: string,
  ignoreCase: boolean,
): boolean {
  if (listed) return listed.some((pattern) => matchWildcard(pattern, value, ignoreCase));
  if (excluded) return !excluded.some((pattern) => matchWildcard(pattern, value, ignoreCase));
  return false;
}

function coversPrincipal(statement: PolicyStatement, request: PolicyRequest): boolean {
  const { Principal: principal, NotPrincipal: notPrincipal } = statement;
  if (principal === undefined && notPrincipal === undefined) return true;
  if (!request.matchPrincipal) return statement.Effect === "Deny";
  if (principal !== undefined) return request.matchPrincipal(principal);
  return notPrincipal !== undefined && !request.matchPrincipal(notPrincipal);
}

function holdsCondition(statement: PolicyStatement, request: PolicyRequest): boolean {
  if (statement.Condition === undefined) return true;
  if (!request.evaluateCondition) return statement.Effect === "Deny";
  return request.evaluateCondition(statement.Condition, request.context ?? NO_CONTEXT);
}

/** Whether `statement` applies to the request (before its Effect is considered). */
export function statementApplies(statement: PolicyStatement, request: PolicyRequest): boolean {
  return (
    coversElement(statement.Action, statement.NotAction, request.action, true) &&
    coversElement(statement.Resource, statement.NotResource, request.resource, false) &&
    coversPrincipal(statement, request) &&
    holdsCondition(statement, request)
  );
}

/** The decision of all `policies` together for one action on one resource. */
export function evaluatePolicies(
  policies: readonly PolicyDocument[],
  request: PolicyRequest,
): PolicyDecision {
  let allowed = false;
  for (const policy of policies) {
    for (const statement of policy.Statement) {
      if (!statementApplies(statement, request)) continue;
      if (statement.Effect === "Deny") return "EXPLICIT_DENY";
      allowed = true;
    }
  }
  return allowed ? "ALLOW" : "IMPLICIT_DENY";
}
