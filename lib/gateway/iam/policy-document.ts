/**
 * IAM policy documents as this module evaluates them: identity policies attached to IAM users and roles,
 * and an API's resource policy. Field names are IAM's own; the single-string and array forms of IAM's
 * grammar are normalised to arrays. The shapes and the decision vocabulary match
 * lib/gateway/authorizers/policy so that one evaluator can later serve both.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

export type PolicyEffect = "Allow" | "Deny";

/** `Condition`: operator → condition key → value(s), e.g. `{"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}`. */
export type ConditionBlock = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** `Principal` / `NotPrincipal`: `"*"`, or principal type (`AWS`, `Service`...) → identifiers. */
export type PolicyPrincipal = "*" | Readonly<Record<string, readonly string[]>>;

export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: PolicyEffect;
  readonly Action?: readonly string[];
  readonly NotAction?: readonly string[];
  readonly Resource?: readonly string[];
  readonly NotResource?: readonly string[];
  readonly Principal?: PolicyPrincipal;
  readonly NotPrincipal?: PolicyPrincipal;
  readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: readonly PolicyStatement[];
}

/** IAM's three outcomes. IMPLICIT_DENY is the tables' "Neither Allow nor Deny". */
export type PolicyDecision = "ALLOW" | "EXPLICIT_DENY" | "IMPLICIT_DENY";

/** The action API Gateway checks when a caller invokes a method. */
export const EXECUTE_API_INVOKE = "execute-api:Invoke";

/**
 * The request context that condition keys read, keyed by lower-cased key name (IAM compares key names
 * case-insensitively). A key that is absent is `undefined`, which matters: negated operators hold for it.
 */
export type ConditionContext = Readonly<Record<string, string | readonly string[] | undefined>>;

/** The pluggable condition callback of the policy evaluator. */
export type ConditionEvaluator = (
  conditionBlock: ConditionBlock,
  requestContext: ConditionContext,
) => boolean;
