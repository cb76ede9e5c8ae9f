/**
 * The whole of AWS_IAM authorization in one call: SigV4 authentication, identity policies, and the
 * resource policy combined with them as API Gateway's authorization workflow describes (explicit deny
 * wins; same account: either allows; cross-account: both must allow). Throws the GatewayError to answer
 * with; on success returns the caller and its `$context.identity` fields.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-authorization-flow.html#apigateway-authorization-flow-iam
 */
import {
  authenticateIamRequest,
  type AuthenticateIamRequestInput,
  type IamAuthentication,
} from "./authenticate-iam-request";
import { checkResourcePolicy, type ResourcePolicyOutcome } from "./check-resource-policy";

export interface AuthorizeIamRequestInput extends AuthenticateIamRequestInput {
  /** RestApi.policy of the deployment being served. */
  readonly policy: string | undefined;
  /** The API owner's account. */
  readonly accountId: string;
}

export interface IamAuthorization extends IamAuthentication {
  readonly resourcePolicy: ResourcePolicyOutcome;
}

export async function authorizeIamRequest(input: AuthorizeIamRequestInput): Promise<IamAuthorization> {
  const authentication = await authenticateIamRequest(input);
  const resourcePolicy = checkResourcePolicy({
    phase: "afterAuthorization",
    authorizationType: "AWS_IAM",
    policy: input.policy,
    methodArn: input.methodArn,
    accountId: input.accountId,
    facts: input.facts,
    iam: authentication,
    evaluate: input.evaluate,
  });
  if (resourcePolicy.error) throw resourcePolicy.error;
  return { ...authentication, resourcePolicy };
}
