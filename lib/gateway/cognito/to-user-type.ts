import { toAttributeList } from "./user-attributes";
import type { AdminGetUserOutput, UserType } from "./user-pool-shapes";
import type { UserRecord } from "./user-pool-state";

/** The UserType of AdminCreateUser and ListUsers. */
export function toUserType(user: UserRecord): UserType {
  return {
    Username: user.username,
    Attributes: toAttributeList(user),
    UserCreateDate: user.createdAt,
    UserLastModifiedDate: user.lastModifiedAt,
    Enabled: user.enabled,
    UserStatus: user.status,
  };
}

/** AdminGetUser's answer: the same fields, with the attributes under `UserAttributes`. */
export function toAdminGetUserOutput(user: UserRecord): AdminGetUserOutput {
  const { Attributes, ...rest } = toUserType(user);
  return { ...rest, UserAttributes: Attributes };
}
