/**
 * Inline identity policies of users and roles: Put/Get/Delete/List{User,Role}Policy. A document is
 * validated when it is put; the aggregate size of a user's inline policies is limited to 2,048
 * characters and a role's to 10,240, white space not counted (IAM quotas).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_PutUserPolicy.html
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
 */
import { IamEntityError } from "./iam-entity-error";
import type { IamState, StoredPolicy } from "./iam-state";
import { parsePolicyDocument } from "./parse-policy-document";
import { getRoleOrThrow } from "./role-operations";
import { getUserOrThrow } from "./user-operations";
import { assertNameValid, POLICY_NAME } from "./validate-iam-name";

export type PolicyHolder = "user" | "role";

const AGGREGATE_LIMIT: Record<PolicyHolder, number> = { user: 2048, role: 10240 };

function policiesOf(state: IamState, holder: PolicyHolder, name: string): Map<string, StoredPolicy> {
  return (holder === "user" ? getUserOrThrow(state, name) : getRoleOrThrow(state, name)).policies;
}

const sizeOf = (document: string) => document.replace(/\s+/g, "").length;

/** Adds or replaces the inline policy `policyName`; `document` is JSON text or an object. */
export function putInlinePolicy(
  state: IamState,
  holder: PolicyHolder,
  name: string,
  policyName: string,
  document: string | object,
): void {
  const policies = policiesOf(state, holder, name);
  assertNameValid(policyName, POLICY_NAME);
  const text = typeof document === "string" ? document : JSON.stringify(document);
  const parsed = parsePolicyDocument(text, "identity");
  let total = sizeOf(text);
  for (const [other, policy] of policies) if (other !== policyName) total += sizeOf(policy.document);
  const limit = AGGREGATE_LIMIT[holder];
  if (total > limit)
    throw new IamEntityError(
      "LimitExceeded",
      `Maximum policy size of ${limit} bytes exceeded for ${holder} ${name}`,
    );
  policies.set(policyName, { document: text, parsed });
}

function getPolicyOrThrow(state: IamState, holder: PolicyHolder, name: string, policyName: string) {
  const policy = policiesOf(state, holder, name).get(policyName);
  if (!policy)
    throw new IamEntityError("NoSuchEntity", `The ${holder} policy with name ${policyName} cannot be found.`);
  return policy;
}

/** The document as it was put. */
export function getInlinePolicy(
  state: IamState,
  holder: PolicyHolder,
  name: string,
  policyName: string,
): string {
  return getPolicyOrThrow(state, holder, name, policyName).document;
}

export function deleteInlinePolicy(
  state: IamState,
  holder: PolicyHolder,
  name: string,
  policyName: string,
): void {
  getPolicyOrThrow(state, holder, name, policyName);
  policiesOf(state, holder, name).delete(policyName);
}

export function listInlinePolicies(state: IamState, holder: PolicyHolder, name: string): string[] {
  return [...policiesOf(state, holder, name).keys()];
}
