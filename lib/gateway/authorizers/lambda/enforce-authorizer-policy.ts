/**
 * Applies an authorizer's policy to the method ARN of the request at hand (fresh or cached): an explicit
 * Deny is 403 `{"Message":"User is not authorized to access this resource with an explicit deny"}`
 * [REC loige-2023, 82 bytes]; no Allow covering the ARN is 403 `{"Message":"User is not authorized to access
 * this resource"}` [3P]. Both are ACCESS_DENIED / AccessDeniedException.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-output.html
 */
import { AccessDeniedError } from "../../errors";
import {
  EXECUTE_API_INVOKE,
  evaluatePolicies,
  type ConditionContext,
  type ConditionEvaluator,
} from "../policy";
import type { AuthorizerOutput } from "./to-authorizer-output";

export const EXPLICIT_DENY_MESSAGE = "User is not authorized to access this resource with an explicit deny";
export const IMPLICIT_DENY_MESSAGE = "User is not authorized to access this resource";

export function enforceAuthorizerPolicy(
  output: AuthorizerOutput,
  methodArn: string,
  trace: string[],
  conditions: { evaluateCondition?: ConditionEvaluator; conditionContext?: ConditionContext } = {},
): void {
  const decision = evaluatePolicies([output.policyDocument], {
    action: EXECUTE_API_INVOKE,
    resource: methodArn,
    ...(conditions.evaluateCondition ? { evaluateCondition: conditions.evaluateCondition } : {}),
    ...(conditions.conditionContext ? { context: conditions.conditionContext } : {}),
  });
  if (decision === "EXPLICIT_DENY") {
    trace.push(`The policy for principal ${output.principalId} explicitly denies ${methodArn}`);
    throw new AccessDeniedError(EXPLICIT_DENY_MESSAGE);
  }
  if (decision === "IMPLICIT_DENY") {
    trace.push(`No statement of the policy for principal ${output.principalId} allows ${methodArn}`);
    throw new AccessDeniedError(IMPLICIT_DENY_MESSAGE);
  }
  trace.push(`Using valid authorizer policy for principal: ${output.principalId}`);
}
