/**
 * Whether a resource-policy `Principal` names the caller. `"*"` and `{"AWS": "*"}` name everyone, the
 * anonymous caller of a method without IAM authorization included; an account (`"123456789012"` or
 * `arn:aws:iam::123456789012:root`) names every IAM principal of that account; a user ARN names that
 * user; a role ARN names every session of the role; an assumed-role ARN names that session. Service,
 * federated and canonical-user principals never sign execute-api requests, so they name no caller.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import type { IamPrincipal } from "./iam-principal";
import type { PolicyPrincipal } from "./policy-document";

const ACCOUNT_ROOT = /^arn:[^:]+:iam::(\d{12}):root$/;

function namesCaller(entry: string, caller: IamPrincipal | null): boolean {
  if (entry === "*") return true;
  if (!caller) return false;
  const account = /^\d{12}$/.test(entry) ? entry : ACCOUNT_ROOT.exec(entry)?.[1];
  if (account !== undefined) return caller.accountId === account;
  return entry === caller.arn || (caller.type === "AssumedRole" && entry === caller.roleArn);
}

/** Whether `principal` covers `caller` (null for an anonymous caller). */
export function matchPrincipal(principal: PolicyPrincipal, caller: IamPrincipal | null): boolean {
  if (principal === "*") return true;
  return (principal.AWS ?? []).some((entry) => namesCaller(entry, caller));
}
