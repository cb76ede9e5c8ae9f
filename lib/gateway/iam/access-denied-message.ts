/**
 * The texts of API Gateway's 403 AccessDeniedException for IAM callers, anonymous callers (resource
 * policy) and Lambda-authorizer callers.
 * @see https://repost.aws/knowledge-center/api-gateway-troubleshoot-403-forbidden
 * @see https://repost.aws/knowledge-center/api-gateway-403-error-lambda-authorizer
 */
import type { CombinedDecision } from "./combine-policy-decisions";
import { EXECUTE_API_INVOKE } from "./policy-document";

/**
 * `User: <arn|anonymous> is not authorized to perform: execute-api:Invoke on resource: <method ARN>`,
 * with ` with an explicit deny` for an explicit Deny (KC-403). An implicitly denied IAM caller gets IAM's
 * newer reason suffix (spec 1.2); an anonymous caller the plain text (KC).
 */
export function toAccessDeniedMessage(
  callerArn: string | null,
  methodArn: string,
  combined: CombinedDecision,
): string {
  const base = `User: ${callerArn ?? "anonymous"} is not authorized to perform: ${EXECUTE_API_INVOKE} on resource: ${methodArn}`;
  if (combined.decision === "EXPLICIT_DENY") return `${base} with an explicit deny`;
  if (callerArn === null) return base;
  const side = combined.deniedBy === "resource" ? "resource-based" : "identity-based";
  return `${base} because no ${side} policy allows the ${EXECUTE_API_INVOKE} action`;
}

/** A Lambda authorizer's Deny (REC, 82-byte body) or its Allow not covering the method (3P). */
export function toAuthorizerDeniedMessage(explicit: boolean): string {
  return explicit
    ? "User is not authorized to access this resource with an explicit deny"
    : "User is not authorized to access this resource";
}
