/**
 * IAM authentication of a request to an AWS_IAM method: verifies its SigV4 signature against the sandbox
 * IAM, then evaluates the caller's identity policies for `execute-api:Invoke` on the method ARN. The
 * identity decision is not final on its own: in the same account a resource policy may still allow, or
 * deny, so the pipeline passes it to checkResourcePolicy (`afterAuthorization`), or calls
 * authorizeIamRequest, which does both.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/permissions.html
 */
import type { CredentialResolver, IdentityPolicySource, ResolvedCredential } from "./credential-resolver";
import { evaluatePolicyDocuments, type PolicyEvaluator } from "./evaluate-policy-documents";
import type { IamPrincipal } from "./iam-principal";
import { toIdentityContext, type IamIdentityContext } from "./iam-identity-context";
import { EXECUTE_API_INVOKE, type PolicyDecision } from "./policy-document";
import { toConditionContext, type RequestFacts } from "./request-facts";
import type { SignableRequest } from "./to-canonical-request";
import { verifySigV4Request, type SigV4Verification } from "./verify-sigv4-request";

export interface AuthenticateIamRequestInput {
  /** The request as it arrived (the engine's GatewayRequest has this shape). */
  readonly request: SignableRequest;
  readonly iam: CredentialResolver & IdentityPolicySource;
  /** The API's region. */
  readonly region: string;
  readonly methodArn: string;
  readonly facts: RequestFacts;
  readonly evaluate?: PolicyEvaluator;
}

export interface IamAuthentication {
  readonly principal: IamPrincipal;
  readonly credential: ResolvedCredential;
  readonly accessKeyId: string;
  /** For `$context.identity`. */
  readonly identity: IamIdentityContext;
  readonly identityDecision: PolicyDecision;
  readonly signature: SigV4Verification;
}

/** Throws the GatewayError AWS answers with when the signature does not verify. */
export async function authenticateIamRequest(input: AuthenticateIamRequestInput): Promise<IamAuthentication> {
  const { request, iam, region, methodArn, facts } = input;
  const signature = await verifySigV4Request(request, { region, now: facts.now, credentials: iam });
  if (!signature.verified) throw signature.error;
  const { principal, credential, accessKeyId } = signature;
  const evaluate = input.evaluate ?? evaluatePolicyDocuments;
  const identityDecision = evaluate(iam.identityPoliciesOf(principal), {
    action: EXECUTE_API_INVOKE,
    resource: methodArn,
    context: toConditionContext(facts, { principal, credential }),
  });
  return {
    principal,
    credential,
    accessKeyId,
    identity: toIdentityContext(principal, accessKeyId),
    identityDecision,
    signature,
  };
}
