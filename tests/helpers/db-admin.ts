import { db } from "@/lib/db";
import type { RoleName } from "@/lib/schemas/account";
import { findUserById } from "@/lib/data/users";

/** Test-only: give a user a role without going through the admin flow. */
export async function setRoleDirectly(userId: string, role: RoleName) {
  await db().user.update({ where: { id: userId }, data: { role } });
  const user = await findUserById(userId);
  if (!user) throw new Error("user vanished");
  return user;
}
