/**
 * How API Gateway combines the caller's side (IAM identity policies, or a Lambda authorizer's policy)
 * with the API's resource policy, per its "Policy evaluation outcome tables": an explicit Deny on either
 * side always wins; in the same account (Table A) an Allow on either side suffices; across accounts
 * (Table B) both sides must allow. An absent resource policy counts as "Neither Allow nor Deny".
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html#apigateway-resource-policies-iam-policies-interaction
 */
import type { PolicyDecision } from "./policy-document";

export interface CombinedDecision {
  readonly decision: PolicyDecision;
  /** For a denial: the side whose explicit Deny, or missing Allow, decided it. */
  readonly deniedBy?: "identity" | "resource";
}

export function combinePolicyDecisions(
  identity: PolicyDecision,
  resource: PolicyDecision,
  sameAccount: boolean,
): CombinedDecision {
  if (identity === "EXPLICIT_DENY") return { decision: "EXPLICIT_DENY", deniedBy: "identity" };
  if (resource === "EXPLICIT_DENY") return { decision: "EXPLICIT_DENY", deniedBy: "resource" };
  const identityAllows = identity === "ALLOW";
  const resourceAllows = resource === "ALLOW";
  if (sameAccount ? identityAllows || resourceAllows : identityAllows && resourceAllows)
    return { decision: "ALLOW" };
  return { decision: "IMPLICIT_DENY", deniedBy: identityAllows ? "resource" : "identity" };
}
