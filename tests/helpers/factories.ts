import { randomUUID } from "node:crypto";
import { registerUser } from "@/lib/data/users";
import type { RoleName } from "@/lib/schemas/account";
import { setRoleDirectly } from "./db-admin";

/** A unique email per call, so test files can share one database. */
export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}@example.test`;
}

export const TEST_PASSWORD = "correct horse battery";

export async function createUser(role: RoleName = "STUDENT", prefix: string = role.toLowerCase()) {
  const user = await registerUser({
    email: uniqueEmail(prefix),
    name: `Test ${role}`,
    password: TEST_PASSWORD,
  });
  return role === "STUDENT" ? user : setRoleDirectly(user.id, role);
}
