/**
 * The one role check, used by every page, route handler and server action that needs a signed-in user
 * or a role. It reads the role from the database, so a role change takes effect on the next request.
 */
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import { findUserById, type PublicUser } from "@/lib/data/users";
import { AppError } from "@/lib/errors";
import type { RoleName } from "@/lib/schemas/account";

/** The signed-in user, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<PublicUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  return id ? findUserById(id) : null;
});

/**
 * Returns the signed-in user when they hold one of `roles` (any role when none is given).
 * Throws AppError UNAUTHENTICATED (401) or FORBIDDEN (403): route handlers and actions map it to JSON.
 */
export async function requireRole(...roles: RoleName[]): Promise<PublicUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  if (roles.length && !roles.includes(user.role)) {
    throw new AppError("FORBIDDEN", `This needs the ${roles.join(" or ")} role.`);
  }
  return user;
}

/**
 * requireRole for pages: sends guests to sign-in (307) and shows the 403 page to the wrong role.
 * Such pages must not have a loading.tsx: streaming would commit a 200 before the redirect or 403.
 */
export async function requirePageRole(callbackPath: string, ...roles: RoleName[]): Promise<PublicUser> {
  try {
    return await requireRole(...roles);
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHENTICATED") {
      redirect(`/signin?callbackUrl=${encodeURIComponent(callbackPath)}`);
    }
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}
