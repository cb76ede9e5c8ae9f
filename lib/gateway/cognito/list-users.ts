import type { CognitoContext } from "./cognito-context";
import { InvalidParameterException } from "./cognito-error";
import { getUserPoolOrThrow, toUserKey } from "./lookups";
import { requireParameter } from "./require-parameter";
import { toUserType } from "./to-user-type";
import type { ListUsersInput, UserType } from "./user-pool-shapes";
import type { UserRecord } from "./user-pool-state";

/** The attributes ListUsers can filter on, and how each reads a user. */
const SEARCHABLE: Record<string, (user: UserRecord) => string | undefined> = {
  username: (user) => user.username,
  sub: (user) => user.sub,
  "cognito:user_status": (user) => user.status,
  status: (user) => (user.enabled ? "Enabled" : "Disabled"),
  email: (user) => user.attributes.email,
  phone_number: (user) => user.attributes.phone_number,
  name: (user) => user.attributes.name,
  given_name: (user) => user.attributes.given_name,
  family_name: (user) => user.attributes.family_name,
  preferred_username: (user) => user.attributes.preferred_username,
};

/** `email = "a@b.c"` (exact) or `email ^= "a"` (prefix): Cognito's filter grammar. */
function toFilter(filter: string): (user: UserRecord) => boolean {
  const match = /^\s*([\w:]+)\s*(\^?=)\s*"([^"]*)"\s*$/.exec(filter);
  const read = match?.[1] === undefined ? undefined : SEARCHABLE[match[1]];
  if (match === null || read === undefined)
    throw new InvalidParameterException("Error while parsing filter.");
  const [, , operator, value = ""] = match;
  return (user) => {
    const actual = read(user);
    if (actual === undefined) return false;
    return operator === "=" ? actual === value : actual.startsWith(value);
  };
}

/**
 * ListUsers, in creation order, up to `Limit` (1 to 60, default 60) per page; the PaginationToken is the
 * next user's name.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_ListUsers.html
 */
export async function listUsers(
  ctx: CognitoContext,
  input: ListUsersInput,
): Promise<{ Users: UserType[]; PaginationToken?: string }> {
  const pool = getUserPoolOrThrow(ctx, requireParameter(input.UserPoolId, "UserPoolId"));
  const limit = input.Limit ?? 60;
  if (!Number.isInteger(limit) || limit < 1 || limit > 60) {
    throw new InvalidParameterException(
      `1 validation error detected: Value '${limit}' at 'limit' failed to satisfy constraint: ` +
        "Member must have value less than or equal to 60",
    );
  }
  const keep = input.Filter === undefined || input.Filter === "" ? () => true : toFilter(input.Filter);
  const users = Object.values(pool.users).filter(keep);
  const start =
    input.PaginationToken === undefined
      ? 0
      : users.findIndex((u) => toUserKey(u.username) === input.PaginationToken);
  if (start < 0) throw new InvalidParameterException("Invalid pagination token.");
  const page = users.slice(start, start + limit);
  const next = users[start + limit];
  return {
    Users: page.map(toUserType),
    ...(next === undefined ? {} : { PaginationToken: toUserKey(next.username) }),
  };
}
