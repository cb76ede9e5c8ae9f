/**
 * Who signed a request, once SigV4 has identified the access key: an IAM user (long-term keys, or
 * GetSessionToken credentials) or an assumed-role session (AssumeRole credentials).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html
 */

export interface IamUserPrincipal {
  readonly type: "User";
  readonly accountId: string;
  /** `arn:aws:iam::{account}:user/{path}{name}`. */
  readonly arn: string;
  /** The unique id, `AIDA...` (21 characters). */
  readonly id: string;
  readonly userName: string;
}

export interface IamAssumedRolePrincipal {
  readonly type: "AssumedRole";
  readonly accountId: string;
  /** `arn:aws:sts::{account}:assumed-role/{role}/{session}`. */
  readonly arn: string;
  /** `{roleId}:{sessionName}`, e.g. `AROA...:my-session`. */
  readonly id: string;
  readonly roleName: string;
  readonly roleArn: string;
  readonly sessionName: string;
}

export type IamPrincipal = IamUserPrincipal | IamAssumedRolePrincipal;
