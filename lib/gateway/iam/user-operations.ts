/**
 * IAM users: CreateUser, GetUser, DeleteUser, ListUsers. Names are unique case-insensitively, as in IAM.
 * A user in another account can be created to practise cross-account access (Table B of API Gateway's
 * authorization workflow).
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateUser.html
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_DeleteUser.html
 */
import { generateUniqueId } from "./generate-credentials";
import { IamEntityError } from "./iam-entity-error";
import { nowSeconds, type IamState, type StoredUser } from "./iam-state";
import { toIamUser, type IamUser } from "./iam-views";
import { assertNameValid, assertPathValid, USER_NAME } from "./validate-iam-name";

export interface CreateUserOptions {
  path?: string;
  /** Defaults to the sandbox's account. */
  accountId?: string;
}

export function createUser(state: IamState, userName: string, options: CreateUserOptions = {}): IamUser {
  const path = options.path ?? "/";
  assertNameValid(userName, USER_NAME);
  assertPathValid(path);
  const key = userName.toLowerCase();
  if (state.users.has(key))
    throw new IamEntityError("EntityAlreadyExists", `User with name ${userName} already exists.`);
  const user: StoredUser = {
    userName,
    userId: generateUniqueId(state.random, "AIDA"),
    path,
    accountId: options.accountId ?? state.accountId,
    createDate: nowSeconds(state),
    policies: new Map(),
  };
  state.users.set(key, user);
  return toIamUser(user);
}

export function getUserOrThrow(state: IamState, userName: string): StoredUser {
  const user = state.users.get(userName.toLowerCase());
  if (!user) throw new IamEntityError("NoSuchEntity", `The user with name ${userName} cannot be found.`);
  return user;
}

/** As in IAM, a user with access keys or inline policies cannot be deleted. */
export function deleteUser(state: IamState, userName: string): void {
  const user = getUserOrThrow(state, userName);
  const hasKeys = [...state.accessKeys.values()].some((key) => key.userName === user.userName);
  if (hasKeys)
    throw new IamEntityError("DeleteConflict", "Cannot delete entity, must delete access keys first.");
  if (user.policies.size > 0)
    throw new IamEntityError("DeleteConflict", "Cannot delete entity, must delete policies first.");
  state.users.delete(userName.toLowerCase());
}

export function listUsers(state: IamState): IamUser[] {
  return [...state.users.values()].map(toIamUser);
}
