import { nowInSeconds, type CognitoContext } from "./cognito-context";
import { GroupExistsException, ResourceNotFoundException } from "./cognito-error";
import { getUserOrThrow, getUserPoolOrThrow } from "./lookups";
import { readOwn, writeOwn } from "./own-entry";
import { requireParameter } from "./require-parameter";
import type { CreateGroupInput, GroupMembershipInput, GroupType, UserInput } from "./user-pool-shapes";
import type { GroupRecord, UserPoolRecord } from "./user-pool-state";

function toGroupType(pool: UserPoolRecord, group: GroupRecord): GroupType {
  return {
    GroupName: group.groupName,
    UserPoolId: pool.id,
    ...(group.description === undefined ? {} : { Description: group.description }),
    ...(group.precedence === undefined ? {} : { Precedence: group.precedence }),
    ...(group.roleArn === undefined ? {} : { RoleArn: group.roleArn }),
    CreationDate: group.createdAt,
    LastModifiedDate: group.lastModifiedAt,
  };
}

function getGroupOrThrow(pool: UserPoolRecord, groupName: string): GroupRecord {
  const group = readOwn(pool.groups, groupName);
  if (group === undefined) throw new ResourceNotFoundException("Group not found.");
  return group;
}

/**
 * CreateGroup. Members' tokens carry the group in `cognito:groups`, and the role in `cognito:roles` /
 * `cognito:preferred_role` when the group has one.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_CreateGroup.html
 */
export async function createGroup(
  ctx: CognitoContext,
  input: CreateGroupInput,
): Promise<{ Group: GroupType }> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const groupName = requireParameter(input.GroupName, "GroupName");
  if (readOwn(pool.groups, groupName) !== undefined) {
    throw new GroupExistsException(`A group with the name ${groupName} already exists.`);
  }
  const now = nowInSeconds(ctx);
  const group: GroupRecord = {
    groupName,
    ...(input.Description === undefined ? {} : { description: input.Description }),
    ...(input.Precedence === undefined ? {} : { precedence: input.Precedence }),
    ...(input.RoleArn === undefined ? {} : { roleArn: input.RoleArn }),
    createdAt: now,
    lastModifiedAt: now,
  };
  writeOwn(pool.groups, groupName, group);
  return { Group: toGroupType(pool, group) };
}

/** @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_AdminAddUserToGroup.html */
export async function adminAddUserToGroup(
  ctx: CognitoContext,
  input: GroupMembershipInput,
): Promise<Record<string, never>> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const group = getGroupOrThrow(pool, requireParameter(input.GroupName, "GroupName"));
  const user = getUserOrThrow(pool, requireParameter(input.Username, "Username"));
  if (!user.groups.includes(group.groupName)) user.groups.push(group.groupName);
  return {};
}

export async function adminRemoveUserFromGroup(
  ctx: CognitoContext,
  input: GroupMembershipInput,
): Promise<Record<string, never>> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const group = getGroupOrThrow(pool, requireParameter(input.GroupName, "GroupName"));
  const user = getUserOrThrow(pool, requireParameter(input.Username, "Username"));
  user.groups = user.groups.filter((name) => name !== group.groupName);
  return {};
}

export async function adminListGroupsForUser(
  ctx: CognitoContext,
  input: UserInput,
): Promise<{ Groups: GroupType[] }> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const user = getUserOrThrow(pool, requireParameter(input.Username, "Username"));
  return {
    Groups: user.groups
      .flatMap((name) => readOwn(pool.groups, name) ?? [])
      .map((group) => toGroupType(pool, group)),
  };
}
