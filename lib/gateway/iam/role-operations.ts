/**
 * IAM roles, for AssumeRole sessions: CreateRole, GetRole, DeleteRole, ListRoles. Trust policies are not
 * modelled: any sandbox caller may assume any sandbox role (see DEVIATIONS.md).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateRole.html
 */
import { generateUniqueId } from "./generate-credentials";
import { IamEntityError } from "./iam-entity-error";
import { nowSeconds, type IamState, type StoredRole } from "./iam-state";
import { toIamRole, type IamRole } from "./iam-views";
import { assertDurationValid, assertNameValid, assertPathValid, ROLE_NAME } from "./validate-iam-name";

export interface CreateRoleOptions {
  path?: string;
  accountId?: string;
  /** 3600 to 43200 seconds; 3600 by default (IAM). */
  maxSessionDuration?: number;
}

export function createRole(state: IamState, roleName: string, options: CreateRoleOptions = {}): IamRole {
  const path = options.path ?? "/";
  const maxSessionDuration = options.maxSessionDuration ?? 3600;
  assertNameValid(roleName, ROLE_NAME);
  assertPathValid(path);
  assertDurationValid(maxSessionDuration, 3600, 43200);
  const key = roleName.toLowerCase();
  if (state.roles.has(key))
    throw new IamEntityError("EntityAlreadyExists", `Role with name ${roleName} already exists.`);
  const role: StoredRole = {
    roleName,
    roleId: generateUniqueId(state.random, "AROA"),
    path,
    accountId: options.accountId ?? state.accountId,
    createDate: nowSeconds(state),
    maxSessionDuration,
    policies: new Map(),
  };
  state.roles.set(key, role);
  return toIamRole(role);
}

export function getRoleOrThrow(state: IamState, roleName: string): StoredRole {
  const role = state.roles.get(roleName.toLowerCase());
  if (!role) throw new IamEntityError("NoSuchEntity", `The role with name ${roleName} cannot be found.`);
  return role;
}

export function deleteRole(state: IamState, roleName: string): void {
  const role = getRoleOrThrow(state, roleName);
  if (role.policies.size > 0)
    throw new IamEntityError("DeleteConflict", "Cannot delete entity, must delete policies first.");
  state.roles.delete(roleName.toLowerCase());
}

export function listRoles(state: IamState): IamRole[] {
  return [...state.roles.values()].map(toIamRole);
}
