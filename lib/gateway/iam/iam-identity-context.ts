/**
 * The `$context.identity` fields IAM authentication fills in: the caller's account, its principal id
 * (the user's `AIDA...` id, or `AROA...:session` for an assumed role) as both `caller` and `user`, its ARN
 * and the access key it signed with. The sandbox has no AWS Organizations, so principalOrgId is null.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference
 */
import type { IamPrincipal } from "./iam-principal";

export interface IamIdentityContext {
  readonly accountId: string;
  readonly caller: string;
  readonly user: string;
  readonly userArn: string;
  readonly accessKey: string;
  readonly principalOrgId: null;
}

export function toIdentityContext(principal: IamPrincipal, accessKeyId: string): IamIdentityContext {
  return {
    accountId: principal.accountId,
    caller: principal.id,
    user: principal.id,
    userArn: principal.arn,
    accessKey: accessKeyId,
    principalOrgId: null,
  };
}
