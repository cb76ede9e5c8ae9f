/**
 * Evaluates an API's resource policy (RestApi.policy) for `execute-api:Invoke` on a method ARN, for a
 * caller (an IAM principal, or null for an anonymous caller). `execute-api:/...` resources are read as
 * this API's ARN. Parsed documents are cached by their text, since every request of a deployment
 * carries the same policy.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies.html
 */
import { ApiConfigurationError } from "../errors";
import { evaluatePolicyDocuments, type PolicyEvaluator } from "./evaluate-policy-documents";
import { expandExecuteApiResource } from "./execute-api-arn";
import type { IamPrincipal } from "./iam-principal";
import { MalformedPolicyDocumentError } from "./malformed-policy-document-error";
import { parsePolicyDocument } from "./parse-policy-document";
import {
  EXECUTE_API_INVOKE,
  type ConditionContext,
  type PolicyDecision,
  type PolicyDocument,
  type PolicyStatement,
} from "./policy-document";

const CACHE_LIMIT = 256;
const parsedPolicies = new Map<string, PolicyDocument>();

/**
 * The parsed resource policy. A policy that does not parse cannot be served: AWS validates it when it is
 * put, so the control plane should have refused it; here it fails closed with a 500.
 */
export function parseResourcePolicy(policy: string): PolicyDocument {
  const cached = parsedPolicies.get(policy);
  if (cached) return cached;
  try {
    const parsed = parsePolicyDocument(policy, "resource");
    if (parsedPolicies.size >= CACHE_LIMIT) parsedPolicies.clear();
    parsedPolicies.set(policy, parsed);
    return parsed;
  } catch (error) {
    if (error instanceof MalformedPolicyDocumentError)
      throw new ApiConfigurationError(`Invalid resource policy: ${error.message}`);
    throw error;
  }
}

function expandStatement(statement: PolicyStatement, methodArn: string): PolicyStatement {
  const expand = (list: readonly string[] | undefined) =>
    list?.map((resource) => expandExecuteApiResource(resource, methodArn));
  return { ...statement, Resource: expand(statement.Resource), NotResource: expand(statement.NotResource) };
}

export interface ResourcePolicyRequest {
  readonly methodArn: string;
  readonly principal: IamPrincipal | null;
  readonly context: ConditionContext;
}

export function evaluateResourcePolicy(
  policy: string,
  request: ResourcePolicyRequest,
  evaluate: PolicyEvaluator = evaluatePolicyDocuments,
): PolicyDecision {
  const document = parseResourcePolicy(policy);
  const expanded = {
    ...document,
    Statement: document.Statement.map((s) => expandStatement(s, request.methodArn)),
  };
  return evaluate([expanded], {
    action: EXECUTE_API_INVOKE,
    resource: request.methodArn,
    principal: request.principal,
    context: request.context,
  });
}
