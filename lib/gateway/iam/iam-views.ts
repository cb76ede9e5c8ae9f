/**
 * What the IAM and STS operations return, in the shapes of IAM's and STS's responses (dates as epoch
 * seconds), and the converters from stored entities.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_User.html
 * @see https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html
 */
import type { StoredAccessKey, StoredRole, StoredUser } from "./iam-state";

export interface IamUser {
  userName: string;
  userId: string;
  arn: string;
  path: string;
  createDate: number;
}

export interface IamRole {
  roleName: string;
  roleId: string;
  arn: string;
  path: string;
  createDate: number;
  maxSessionDuration: number;
}

export interface AccessKey {
  userName: string;
  accessKeyId: string;
  status: "Active" | "Inactive";
  createDate: number;
  /** Returned only by CreateAccessKey, as in IAM. */
  secretAccessKey?: string;
}

export interface TemporaryCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Epoch seconds. */
  expiration: number;
}

export function toUserArn(accountId: string, path: string, userName: string): string {
  return `arn:aws:iam::${accountId}:user${path}${userName}`;
}

export function toRoleArn(accountId: string, path: string, roleName: string): string {
  return `arn:aws:iam::${accountId}:role${path}${roleName}`;
}

export function toAssumedRoleArn(accountId: string, roleName: string, sessionName: string): string {
  return `arn:aws:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

export function toIamUser(user: StoredUser): IamUser {
  const { userName, userId, path, createDate, accountId } = user;
  return { userName, userId, path, createDate, arn: toUserArn(accountId, path, userName) };
}

export function toIamRole(role: StoredRole): IamRole {
  const { roleName, roleId, path, createDate, accountId, maxSessionDuration } = role;
  return {
    roleName,
    roleId,
    path,
    createDate,
    maxSessionDuration,
    arn: toRoleArn(accountId, path, roleName),
  };
}

export function toAccessKey(key: StoredAccessKey): AccessKey {
  const { userName, accessKeyId, status, createDate } = key;
  return { userName, accessKeyId, status, createDate };
}
