/**
 * checkResourcePolicy: before any authorizer runs, the API's resource policy can refuse the request (an
 * explicit Deny always wins; with authorization NONE the policy must allow the anonymous caller). The
 * rest of the workflow runs after authorization (authorizeRequest), as AWS's tables describe.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html
 */
import { checkResourcePolicy as evaluateResourcePolicy } from "../../iam";
import type { InvocationContext } from "../context";
import { methodArnOf, requestFactsOf } from "../resource-policy";
import { traceStage } from "../trace";

export function checkResourcePolicy(ctx: InvocationContext): void {
  const routed = ctx.routed!;
  const policy = routed.snapshot.api.policy;
  if (!policy) return;
  const outcome = evaluateResourcePolicy({
    phase: "beforeAuthorization",
    authorizationType: routed.method.authorizationType,
    policy,
    methodArn: methodArnOf(ctx),
    accountId: ctx.env.accountId,
    facts: requestFactsOf(ctx),
  });
  const entry = traceStage(ctx, "checkResourcePolicy", outcome.explanation);
  if (outcome.error) {
    entry.decisive = true;
    throw outcome.error;
  }
}
