/**
 * Long-term access keys of IAM users: CreateAccessKey (at most two per user), UpdateAccessKey
 * (Active/Inactive), DeleteAccessKey, ListAccessKeys. Only CreateAccessKey reveals the secret.
 * @see https://docs.aws.amazon.com/IAM/latest/APIReference/API_CreateAccessKey.html
 */
import { generateAccessKeyId, generateSecretAccessKey } from "./generate-credentials";
import { IamEntityError } from "./iam-entity-error";
import { nowSeconds, type IamState, type StoredAccessKey } from "./iam-state";
import { toAccessKey, type AccessKey } from "./iam-views";
import { getUserOrThrow } from "./user-operations";

const ACCESS_KEYS_PER_USER = 2;

function keysOf(state: IamState, userName: string): StoredAccessKey[] {
  return [...state.accessKeys.values()].filter((key) => key.userName === userName);
}

export function createAccessKey(state: IamState, userName: string): Required<AccessKey> {
  const user = getUserOrThrow(state, userName);
  if (keysOf(state, user.userName).length >= ACCESS_KEYS_PER_USER)
    throw new IamEntityError(
      "LimitExceeded",
      `Cannot exceed quota for AccessKeysPerUser: ${ACCESS_KEYS_PER_USER}`,
    );
  const key: StoredAccessKey = {
    accessKeyId: generateAccessKeyId(state.random, "AKIA"),
    secretAccessKey: generateSecretAccessKey(state.random),
    status: "Active",
    userName: user.userName,
    createDate: nowSeconds(state),
  };
  state.accessKeys.set(key.accessKeyId, key);
  return { ...toAccessKey(key), secretAccessKey: key.secretAccessKey };
}

function getAccessKeyOrThrow(state: IamState, userName: string, accessKeyId: string): StoredAccessKey {
  const user = getUserOrThrow(state, userName);
  const key = state.accessKeys.get(accessKeyId);
  if (!key || key.userName !== user.userName)
    throw new IamEntityError("NoSuchEntity", `The Access Key with id ${accessKeyId} cannot be found.`);
  return key;
}

export function updateAccessKey(
  state: IamState,
  userName: string,
  accessKeyId: string,
  status: "Active" | "Inactive",
): void {
  getAccessKeyOrThrow(state, userName, accessKeyId).status = status;
}

export function deleteAccessKey(state: IamState, userName: string, accessKeyId: string): void {
  getAccessKeyOrThrow(state, userName, accessKeyId);
  state.accessKeys.delete(accessKeyId);
}

export function listAccessKeys(state: IamState, userName: string): AccessKey[] {
  return keysOf(state, getUserOrThrow(state, userName).userName).map(toAccessKey);
}
