/**
 * The resource-policy checks of API Gateway's authorization workflow, for the pipeline to call at its
 * checkResourcePolicy stage (`beforeAuthorization`) and again once the method's authorization has run
 * (`afterAuthorization`). Per authorization type:
 * - NONE: before authorization the policy must explicitly allow the anonymous caller.
 * - CUSTOM (Lambda authorizer): before, an explicit Deny stops the request without invoking the
 *   authorizer; after, the authorizer's policy and the resource policy combine per Table A.
 * - AWS_IAM: after SigV4 authentication, the caller's identity policies and the resource policy
 *   combine per Table A (same account) or Table B (cross-account).
 * - COGNITO_USER_POOLS: after Cognito authentication, the resource policy must explicitly allow.
 * It never throws a GatewayError: a denial comes back with the AccessDeniedError to throw.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
 */
import type { AuthorizationType } from "../control/types";
import { AccessDeniedError } from "../errors";
import { toAccessDeniedMessage, toAuthorizerDeniedMessage } from "./access-denied-message";
import { combinePolicyDecisions, type CombinedDecision } from "./combine-policy-decisions";
import type { ResolvedCredential } from "./credential-resolver";
import type { PolicyEvaluator } from "./evaluate-policy-documents";
import { evaluateResourcePolicy } from "./evaluate-resource-policy";
import type { IamPrincipal } from "./iam-principal";
import type { PolicyDecision } from "./policy-document";
import { toConditionContext, type RequestFacts } from "./request-facts";

export type AuthorizationPhase = "beforeAuthorization" | "afterAuthorization";

export interface CheckResourcePolicyInput {
  readonly phase: AuthorizationPhase;
  readonly authorizationType: AuthorizationType;
  /** RestApi.policy of the deployment being served; undefined when the API has none. */
  readonly policy: string | undefined;
  readonly methodArn: string;
  /** The API owner's account. */
  readonly accountId: string;
  readonly facts: RequestFacts;
  /** AWS_IAM, after authentication: the caller and its identity policies' decision. */
  readonly iam?: {
    readonly principal: IamPrincipal;
    readonly identityDecision: PolicyDecision;
    readonly credential?: ResolvedCredential;
  };
  /** CUSTOM, after the Lambda authorizer: its returned policy's decision for the method ARN. */
  readonly authorizerDecision?: PolicyDecision;
  readonly evaluate?: PolicyEvaluator;
}

export interface ResourcePolicyOutcome {
  readonly allowed: boolean;
  /** The resource policy's own decision, when it was evaluated. */
  readonly resourceDecision?: PolicyDecision;
  /** The combined decision, when a caller-side decision took part. */
  readonly combined?: CombinedDecision;
  /** What was decided and why, for the execution trace. */
  readonly explanation: string;
  /** The 403 to answer with when not allowed. */
  readonly error?: AccessDeniedError;
}

type Evaluate = (principal: IamPrincipal | null) => PolicyDecision | undefined;

function allow(explanation: string, extra: Partial<ResourcePolicyOutcome> = {}): ResourcePolicyOutcome {
  return { allowed: true, explanation, ...extra };
}

function deny(
  message: string,
  explanation: string,
  extra: Partial<ResourcePolicyOutcome>,
): ResourcePolicyOutcome {
  return { allowed: false, explanation, error: new AccessDeniedError(message), ...extra };
}

function denyAnonymous(
  input: CheckResourcePolicyInput,
  resourceDecision: PolicyDecision,
): ResourcePolicyOutcome {
  const combined = { decision: resourceDecision, deniedBy: "resource" } as const;
  const message = toAccessDeniedMessage(null, input.methodArn, combined);
  return deny(message, `Resource policy: ${resourceDecision} for an anonymous caller`, {
    resourceDecision,
    combined,
  });
}

function checkBefore(input: CheckResourcePolicyInput, evaluate: Evaluate): ResourcePolicyOutcome {
  const { authorizationType } = input;
  if (!hasPolicy(input)) return allow("No resource policy");
  if (authorizationType === "AWS_IAM" || authorizationType === "COGNITO_USER_POOLS")
    return allow("Resource policy: evaluated after authentication");
  const resourceDecision = evaluate(null) ?? "IMPLICIT_DENY";
  if (authorizationType === "NONE")
    return resourceDecision === "ALLOW"
      ? allow("Resource policy: ALLOW for an anonymous caller", { resourceDecision })
      : denyAnonymous(input, resourceDecision);
  return resourceDecision === "EXPLICIT_DENY"
    ? denyAnonymous(input, resourceDecision)
    : allow(
        `Resource policy: ${resourceDecision} before the Lambda authorizer (only an explicit deny stops it)`,
        {
          resourceDecision,
        },
      );
}

function checkIamAfter(input: CheckResourcePolicyInput, evaluate: Evaluate): ResourcePolicyOutcome {
  if (!input.iam) throw new Error("checkResourcePolicy: AWS_IAM after authorization needs the IAM caller");
  const { principal, identityDecision } = input.iam;
  const resourceDecision = evaluate(principal);
  const sameAccount = principal.accountId === input.accountId;
  const combined = combinePolicyDecisions(identityDecision, resourceDecision ?? "IMPLICIT_DENY", sameAccount);
  const explanation =
    `Identity policies: ${identityDecision}; resource policy: ${resourceDecision ?? "none"}; ` +
    `${sameAccount ? "same account (Table A)" : "cross-account (Table B)"}: ${combined.decision}`;
  if (combined.decision === "ALLOW") return allow(explanation, { resourceDecision, combined });
  return deny(toAccessDeniedMessage(principal.arn, input.methodArn, combined), explanation, {
    resourceDecision,
    combined,
  });
}

function checkAuthorizerAfter(input: CheckResourcePolicyInput, evaluate: Evaluate): ResourcePolicyOutcome {
  const authorizerDecision = input.authorizerDecision;
  if (!authorizerDecision)
    throw new Error("checkResourcePolicy: CUSTOM after authorization needs the authorizer's decision");
  const resourceDecision = evaluate(null);
  const combined = combinePolicyDecisions(authorizerDecision, resourceDecision ?? "IMPLICIT_DENY", true);
  const explanation = `Authorizer policy: ${authorizerDecision}; resource policy: ${resourceDecision ?? "none"}; Table A: ${combined.decision}`;
  if (combined.decision === "ALLOW") return allow(explanation, { resourceDecision, combined });
  const message =
    combined.deniedBy === "resource"
      ? toAccessDeniedMessage(null, input.methodArn, combined)
      : toAuthorizerDeniedMessage(combined.decision === "EXPLICIT_DENY");
  return deny(message, explanation, { resourceDecision, combined });
}

function checkAfter(input: CheckResourcePolicyInput, evaluate: Evaluate): ResourcePolicyOutcome {
  switch (input.authorizationType) {
    case "NONE":
      return allow("Resource policy: checked before authorization");
    case "AWS_IAM":
      return checkIamAfter(input, evaluate);
    case "CUSTOM":
      return checkAuthorizerAfter(input, evaluate);
    case "COGNITO_USER_POOLS": {
      if (!hasPolicy(input)) return allow("No resource policy");
      const resourceDecision = evaluate(null) ?? "IMPLICIT_DENY";
      return resourceDecision === "ALLOW"
        ? allow("Resource policy: ALLOW after Cognito authentication", { resourceDecision })
        : denyAnonymous(input, resourceDecision);
    }
  }
}

function hasPolicy(input: CheckResourcePolicyInput): input is CheckResourcePolicyInput & { policy: string } {
  return input.policy !== undefined && input.policy.trim() !== "";
}

export function checkResourcePolicy(input: CheckResourcePolicyInput): ResourcePolicyOutcome {
  const evaluate: Evaluate = (principal) => {
    if (!hasPolicy(input)) return undefined;
    const caller = principal ? { principal, credential: input.iam?.credential } : null;
    const context = toConditionContext(input.facts, caller);
    return evaluateResourcePolicy(
      input.policy,
      { methodArn: input.methodArn, principal, context },
      input.evaluate,
    );
  };
  return input.phase === "beforeAuthorization" ? checkBefore(input, evaluate) : checkAfter(input, evaluate);
}
