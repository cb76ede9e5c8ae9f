/** The pool's users (ListUsers, every page) with the groups each belongs to (AdminListGroupsForUser). */
import type { WorkbenchTransport } from "../transport";
import type { GroupType, UserType } from "./cognito-types";

export interface PoolUser extends UserType {
  groups: string[];
}

export async function listPoolUsers(transport: WorkbenchTransport, poolId: string): Promise<PoolUser[]> {
  const users: UserType[] = [];
  let token: string | undefined;
  do {
    const page: { Users: UserType[]; PaginationToken?: string } = await transport.call(
      "cognito-idp",
      "listUsers",
      {
        UserPoolId: poolId,
        Limit: 60,
        ...(token ? { PaginationToken: token } : {}),
      },
    );
    users.push(...page.Users);
    token = page.PaginationToken;
  } while (token);
  return Promise.all(
    users.map(async (user) => {
      const { Groups } = await transport.call<{ Groups: GroupType[] }>(
        "cognito-idp",
        "adminListGroupsForUser",
        {
          UserPoolId: poolId,
          Username: user.Username,
        },
      );
      return { ...user, groups: Groups.map((group) => group.GroupName) };
    }),
  );
}
