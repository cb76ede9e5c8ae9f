/** Users and roles: the domain functions over Prisma that pages, actions and route handlers call. */
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import type { RoleName, SignUpInput } from "@/lib/schemas/account";

export interface PublicUser {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
  role: RoleName;
  createdAt: Date;
  hasPassword: boolean;
}

const publicSelect = {
  id: true,
  email: true,
  name: true,
  image: true,
  role: true,
  createdAt: true,
  passwordHash: true,
} as const;

function toPublicUser(row: {
  id: string;
  email: string;
  name: string | null;
  image: string | null;
  role: RoleName;
  createdAt: Date;
  passwordHash: string | null;
}): PublicUser {
  const { passwordHash, ...rest } = row;
  return { ...rest, hasPassword: passwordHash !== null };
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/** Creates a password account. Emails are unique case-insensitively (they are stored lower-cased). */
export async function registerUser(input: SignUpInput, role: RoleName = "STUDENT"): Promise<PublicUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await db().user.create({
      data: { email: input.email, name: input.name, passwordHash, role },
      select: publicSelect,
    });
    return toPublicUser(row);
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", {
        email: ["An account with this email already exists."],
      });
    }
    throw error;
  }
}

export async function findUserById(id: string): Promise<PublicUser | null> {
  const row = await db().user.findUnique({ where: { id }, select: publicSelect });
  return row ? toPublicUser(row) : null;
}

export async function getUserByIdOrThrow(id: string): Promise<PublicUser> {
  const user = await findUserById(id);
  if (!user) throw new AppError("NOT_FOUND", `No user with id ${id}.`);
  return user;
}

/** Returns the user when the password matches; null otherwise (unknown email or wrong password). */
export async function verifyUserCredentials(
  email: string,
  password: string,
  dummyHash: () => Promise<string>,
): Promise<PublicUser | null> {
  const row = await db().user.findUnique({ where: { email }, select: publicSelect });
  // Verify against a dummy hash for unknown emails so response time does not reveal which accounts exist.
  const ok = await verifyPassword(password, row?.passwordHash ?? (await dummyHash()));
  return row && row.passwordHash && ok ? toPublicUser(row) : null;
}

export async function listUsers(options: { query?: string; take?: number; skip?: number } = {}) {
  const where = options.query
    ? { OR: [{ email: { contains: options.query.toLowerCase() } }, { name: { contains: options.query } }] }
    : {};
  const [rows, total] = await db().$transaction([
    db().user.findMany({
      where,
      select: publicSelect,
      orderBy: { createdAt: "asc" },
      take: options.take ?? 50,
      skip: options.skip ?? 0,
    }),
    db().user.count({ where }),
  ]);
  return { users: rows.map(toPublicUser), total };
}

async function countAdmins(tx: Tx): Promise<number> {
  return tx.user.count({ where: { role: "ADMIN" } });
}

/**
 * Changes a user's role and records who did it, in one transaction. Refuses to remove the last admin,
 * so the platform can never lock itself out of its admin page.
 */
export async function setUserRole(actorId: string, userId: string, role: RoleName): Promise<PublicUser> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: publicSelect });
    if (!user) throw new AppError("NOT_FOUND", `No user with id ${userId}.`);
    if (user.role === role) return toPublicUser(user);
    if (user.role === "ADMIN" && (await countAdmins(tx)) <= 1) {
      throw new AppError("CONFLICT", "This is the last admin account: make another admin first.", {
        role: ["The last admin cannot be demoted."],
      });
    }
    const updated = await tx.user.update({ where: { id: userId }, data: { role }, select: publicSelect });
    await tx.roleChange.create({ data: { userId, actorId, fromRole: user.role, toRole: role } });
    return toPublicUser(updated);
  });
}

export async function updateProfile(userId: string, data: { name: string }): Promise<PublicUser> {
  const row = await db().user.update({ where: { id: userId }, data: { name: data.name }, select: publicSelect });
  return toPublicUser(row);
}

export async function changePassword(userId: string, currentPassword: string, newPassword: string) {
  const row = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!row) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  if (!row.passwordHash || !(await verifyPassword(currentPassword, row.passwordHash))) {
    throw new AppError("VALIDATION_FAILED", "Your current password is not correct.", {
      currentPassword: ["This is not your current password."],
    });
  }
  await db().user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(newPassword) } });
}

export async function recentRoleChanges(take = 20) {
  return db().roleChange.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: {
      id: true,
      fromRole: true,
      toRole: true,
      createdAt: true,
      user: { select: { email: true } },
      actor: { select: { email: true } },
    },
  });
}
