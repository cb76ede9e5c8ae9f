/**
 * Demo accounts for the embedded SQLite default (or when SEED_DEMO=true). Idempotent: an account that
 * exists is left as it is, so a demo user's changed password or role survives restarts.
 * The passwords are public (README): never seed them into a real deployment.
 */
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import type { RoleName } from "@/lib/schemas/account";

export interface DemoAccount {
  email: string;
  name: string;
  password: string;
  role: RoleName;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "student@example.com", name: "Demo Student", password: "gatewise-student", role: "STUDENT" },
  { email: "instructor@example.com", name: "Demo Instructor", password: "gatewise-instructor", role: "INSTRUCTOR" },
  { email: "admin@example.com", name: "Demo Admin", password: "gatewise-admin", role: "ADMIN" },
];

/** Creates the demo accounts that are missing; returns the emails it created. */
export async function ensureDemoAccounts(): Promise<string[]> {
  const existing = await db().user.findMany({
    where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } },
    select: { email: true },
  });
  const have = new Set(existing.map((u) => u.email));
  const missing = DEMO_ACCOUNTS.filter((a) => !have.has(a.email));
  const rows = await Promise.all(
    missing.map(async (a) => ({ email: a.email, name: a.name, role: a.role, passwordHash: await hashPassword(a.password) })),
  );
  // One transaction: either every missing demo account appears or none does. upsert tolerates a concurrent seed.
  await db().$transaction(
    rows.map((data) => db().user.upsert({ where: { email: data.email }, create: data, update: {} })),
  );
  return rows.map((r) => r.email);
}

/** Demo data goes only into the embedded default, unless asked for explicitly. */
export function shouldSeedDemo(embeddedDefault: boolean, seedDemo: boolean): boolean {
  return embeddedDefault || seedDemo;
}
