/**
 * IAM's evaluation logic for one action on one resource over a set of policy documents: an applicable
 * explicit Deny wins; otherwise an applicable Allow allows; otherwise the request is implicitly denied.
 * A statement applies when its Action (or NotAction), Resource (or NotResource), Principal (or
 * NotPrincipal, resource policies only) and Condition all cover the request. Actions compare
 * case-insensitively and resources case-sensitively, both with `*` and `?` wildcards.
 *
 * This is the module's own evaluator, kept behind the PolicyEvaluator type until the shared one in
 * lib/gateway/authorizers/policy lands; conditions are judged by a pluggable ConditionEvaluator.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { evaluateConditionBlock } from "./evaluate-condition-block";
import type { IamPrincipal } from "./iam-principal";
import { matchPrincipal } from "./match-principal";
import { matchWildcard } from "../authorizers/policy/match-wildcard";
import type {
  ConditionContext,
  ConditionEvaluator,
  PolicyDecision,
  PolicyDocument,
  PolicyStatement,
} from "./policy-document";

export interface PolicyEvaluationRequest {
  /** e.g. `execute-api:Invoke`. */
  readonly action: string;
  /** e.g. the method ARN. */
  readonly resource: string;
  readonly context: ConditionContext;
  /**
   * Resource policies: the caller, null when anonymous. Left undefined for identity policies, whose
   * statements name no principal.
   */
  readonly principal?: IamPrincipal | null;
}

/** The small interface the rest of this module evaluates policies through. */
export type PolicyEvaluator = (
  documents: readonly PolicyDocument[],
  request: PolicyEvaluationRequest,
) => PolicyDecision;

function covers(
  listed: readonly string[] | undefined,
  excluded: readonly string[] | undefined,
  value: string,
  ignoreCase: boolean,
): boolean {
  if (listed) return listed.some((pattern) => matchWildcard(pattern, value, ignoreCase));
  if (excluded) return !excluded.some((pattern) => matchWildcard(pattern, value, ignoreCase));
  return false;
}

function coversPrincipal(statement: PolicyStatement, principal: IamPrincipal | null | undefined): boolean {
  const { Principal, NotPrincipal } = statement;
  if (Principal === undefined && NotPrincipal === undefined) return true;
  if (principal === undefined) return false;
  if (Principal !== undefined) return matchPrincipal(Principal, principal);
  return NotPrincipal !== undefined && !matchPrincipal(NotPrincipal, principal);
}

/** Whether `statement` applies to the request (before its Effect is considered). */
export function statementApplies(
  statement: PolicyStatement,
  request: PolicyEvaluationRequest,
  evaluateCondition: ConditionEvaluator = evaluateConditionBlock,
): boolean {
  if (!covers(statement.Action, statement.NotAction, request.action, true)) return false;
  if (!covers(statement.Resource, statement.NotResource, request.resource, false)) return false;
  if (!coversPrincipal(statement, request.principal)) return false;
  return statement.Condition === undefined || evaluateCondition(statement.Condition, request.context);
}

/** The decision of all `documents` together. */
export function evaluatePolicyDocuments(
  documents: readonly PolicyDocument[],
  request: PolicyEvaluationRequest,
  evaluateCondition: ConditionEvaluator = evaluateConditionBlock,
): PolicyDecision {
  let allowed = false;
  for (const document of documents) {
    for (const statement of document.Statement) {
      if (!statementApplies(statement, request, evaluateCondition)) continue;
      if (statement.Effect === "Deny") return "EXPLICIT_DENY";
      allowed = true;
    }
  }
  return allowed ? "ALLOW" : "IMPLICIT_DENY";
}
