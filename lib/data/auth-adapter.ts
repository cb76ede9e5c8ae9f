/** The Auth.js Prisma adapter over our client, for OAuth users and accounts (GitHub, Google). */
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Adapter } from "next-auth/adapters";
import { db } from "@/lib/db";

export function authAdapter(): Adapter {
  // The adapter's types name the legacy `@prisma/client` PrismaClient; the generated client has the same
  // model delegates (user, account, session, verificationToken), which is all the adapter calls at run time.
  return PrismaAdapter(db() as unknown as Parameters<typeof PrismaAdapter>[0]);
}
