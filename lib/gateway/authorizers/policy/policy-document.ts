/**
 * IAM policy documents as API Gateway reads them for `execute-api:Invoke`: a Lambda authorizer's returned
 * policy and (later) an API's resource policy. Field names are IAM's own, capitalised as IAM spells them.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */

export type PolicyEffect = "Allow" | "Deny";

/** `Condition`: operator → context key → value(s), e.g. `{"IpAddress": {"aws:SourceIp": ["10.0.0.0/8"]}}`. */
export type ConditionBlock = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** `Principal` / `NotPrincipal`: `"*"`, or principal type (`AWS`, `Service`...) → identifiers. */
export type PolicyPrincipal = "*" | Readonly<Record<string, readonly string[]>>;

/**
 * The request context condition keys read, keyed by lower-cased key name (IAM compares key names
 * case-insensitively); an absent key is `undefined`.
 */
export type ConditionContext = Readonly<Record<string, string | readonly string[] | undefined>>;

/** Whether a `Condition` block holds for the request context (lib/gateway/iam's evaluateConditionBlock fits). */
export type ConditionEvaluator = (
  conditionBlock: ConditionBlock,
  requestContext: ConditionContext,
) => boolean;

/** One statement, with the single-string and array forms of IAM normalised to arrays. */
export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: PolicyEffect;
  readonly Action?: readonly string[];
  readonly NotAction?: readonly string[];
  readonly Resource?: readonly string[];
  readonly NotResource?: readonly string[];
  /** Resource policies name principals; authorizer and identity policies do not. */
  readonly Principal?: PolicyPrincipal;
  readonly NotPrincipal?: PolicyPrincipal;
  readonly Condition?: ConditionBlock;
}

export interface PolicyDocument {
  readonly Version?: string;
  readonly Id?: string;
  readonly Statement: readonly PolicyStatement[];
}

/** The three outcomes of IAM evaluation; only ALLOW lets the request through. */
export type PolicyDecision = "ALLOW" | "EXPLICIT_DENY" | "IMPLICIT_DENY";

/** The action API Gateway checks when a caller invokes a method. */
export const EXECUTE_API_INVOKE = "execute-api:Invoke";
