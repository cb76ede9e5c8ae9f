import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  changePassword,
  getUserByIdOrThrow,
  listUsers,
  registerUser,
  setUserRole,
  verifyUserCredentials,
} from "@/lib/data/users";
import { dummyPasswordHash } from "@/lib/password";
import { createUser, TEST_PASSWORD, uniqueEmail } from "../helpers/factories";

describe("registerUser", () => {
  it("creates a STUDENT with a scrypt hash and never returns the hash", async () => {
    const email = uniqueEmail();
    const user = await registerUser({ email, name: "Ada", password: TEST_PASSWORD });
    expect(user).toMatchObject({ email, name: "Ada", role: "STUDENT", hasPassword: true });
    expect(JSON.stringify(user)).not.toContain("scrypt");
    const row = await db().user.findUniqueOrThrow({ where: { email } });
    expect(row.passwordHash).toMatch(/^scrypt\$/);
  });

  it("refuses a second account with the same email with CONFLICT (409) on the email field", async () => {
    const email = uniqueEmail();
    await registerUser({ email, name: "A", password: TEST_PASSWORD });
    await expect(registerUser({ email, name: "B", password: TEST_PASSWORD })).rejects.toMatchObject({
      code: "CONFLICT",
      status: 409,
      fields: { email: [expect.stringContaining("already exists")] },
    });
  });
});

describe("verifyUserCredentials", () => {
  it("returns the user for the right password and null for a wrong one or an unknown email", async () => {
    const user = await createUser();
    await expect(verifyUserCredentials(user.email, TEST_PASSWORD, dummyPasswordHash)).resolves.toMatchObject({
      id: user.id,
    });
    await expect(verifyUserCredentials(user.email, "wrong password", dummyPasswordHash)).resolves.toBeNull();
    await expect(
      verifyUserCredentials(uniqueEmail("nobody"), TEST_PASSWORD, dummyPasswordHash),
    ).resolves.toBeNull();
  });
});

describe("setUserRole", () => {
  it("changes the role and records who changed it, in one transaction", async () => {
    const admin = await createUser("ADMIN");
    const student = await createUser();
    const updated = await setUserRole(admin.id, student.id, "INSTRUCTOR");
    expect(updated.role).toBe("INSTRUCTOR");
    const audit = await db().roleChange.findMany({ where: { userId: student.id } });
    expect(audit).toMatchObject([{ actorId: admin.id, fromRole: "STUDENT", toRole: "INSTRUCTOR" }]);
  });

  it("refuses to demote the last admin, and writes nothing", async () => {
    // Make exactly one admin exist: demote all others directly.
    const admin = await createUser("ADMIN");
    await db().user.updateMany({
      where: { role: "ADMIN", NOT: { id: admin.id } },
      data: { role: "STUDENT" },
    });
    await expect(setUserRole(admin.id, admin.id, "STUDENT")).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getUserByIdOrThrow(admin.id)).role).toBe("ADMIN");
    expect(await db().roleChange.count({ where: { userId: admin.id } })).toBe(0);
  });

  it("says NOT_FOUND for an unknown user", async () => {
    const admin = await createUser("ADMIN");
    await expect(setUserRole(admin.id, "no-such-id", "ADMIN")).rejects.toMatchObject({
      code: "NOT_FOUND",
      status: 404,
    });
  });
});

describe("changePassword", () => {
  it("needs the current password and then accepts the new one", async () => {
    const user = await createUser();
    await expect(changePassword(user.id, "not it", "another long password")).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      fields: { currentPassword: expect.any(Array) },
    });
    await changePassword(user.id, TEST_PASSWORD, "another long password");
    await expect(
      verifyUserCredentials(user.email, "another long password", dummyPasswordHash),
    ).resolves.not.toBeNull();
    await expect(verifyUserCredentials(user.email, TEST_PASSWORD, dummyPasswordHash)).resolves.toBeNull();
  });
});

describe("listUsers", () => {
  it("finds users by part of their email", async () => {
    const user = await createUser("STUDENT", "findme");
    const { users, total } = await listUsers({ query: user.email.slice(0, 14) });
    expect(total).toBeGreaterThanOrEqual(1);
    expect(users.map((u) => u.id)).toContain(user.id);
  });
});
