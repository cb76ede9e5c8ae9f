/**
 * The sandbox IAM's views in the shapes of IAM's API responses (PascalCase members, ISO 8601 dates), so
 * the workbench shows what the IAM console and CLI show.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html
 */
import type { AccessKey, IamRole, IamUser } from "@/lib/gateway/iam";

const toIsoDate = (epochSeconds: number) => new Date(epochSeconds * 1000).toISOString();

export function toUserShape(user: IamUser) {
  return {
    UserName: user.userName,
    UserId: user.userId,
    Arn: user.arn,
    Path: user.path,
    CreateDate: toIsoDate(user.createDate),
  };
}

export function toRoleShape(role: IamRole) {
  return {
    RoleName: role.roleName,
    RoleId: role.roleId,
    Arn: role.arn,
    Path: role.path,
    CreateDate: toIsoDate(role.createDate),
    MaxSessionDuration: role.maxSessionDuration,
  };
}

/** The secret appears only when IAM returns it: in CreateAccessKey's answer, once. */
export function toAccessKeyShape(key: AccessKey) {
  return {
    UserName: key.userName,
    AccessKeyId: key.accessKeyId,
    Status: key.status,
    CreateDate: toIsoDate(key.createDate),
    ...(key.secretAccessKey === undefined ? {} : { SecretAccessKey: key.secretAccessKey }),
  };
}
