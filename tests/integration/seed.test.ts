import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEMO_ACCOUNTS, ensureDemoAccounts, shouldSeedDemo } from "@/lib/data/seed";
import { verifyUserCredentials } from "@/lib/data/users";
import { dummyPasswordHash } from "@/lib/password";

describe("demo seed", () => {
  it("creates the three documented demo accounts once, and nothing on a second run", async () => {
    await ensureDemoAccounts(); // the database may already hold them from another file: start from a known state
    await db().user.deleteMany({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } });
    expect((await ensureDemoAccounts()).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(await ensureDemoAccounts()).toEqual([]);
    for (const account of DEMO_ACCOUNTS) {
      const user = await verifyUserCredentials(account.email, account.password, dummyPasswordHash);
      expect(user).toMatchObject({ email: account.email, role: account.role });
    }
    expect(await db().user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } })).toBe(3);
  });

  it("keeps a demo user's later changes on a re-run", async () => {
    await ensureDemoAccounts();
    await db().user.update({ where: { email: "student@example.com" }, data: { name: "Renamed" } });
    await ensureDemoAccounts();
    expect((await db().user.findUniqueOrThrow({ where: { email: "student@example.com" } })).name).toBe(
      "Renamed",
    );
  });

  it("seeds only the embedded default unless SEED_DEMO asks for it", () => {
    expect(shouldSeedDemo(true, false)).toBe(true);
    expect(shouldSeedDemo(false, false)).toBe(false);
    expect(shouldSeedDemo(false, true)).toBe(true);
  });
});
