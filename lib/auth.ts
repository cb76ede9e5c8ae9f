/**
 * Auth.js (next-auth v5) configuration: email + password for everyone, GitHub and Google when their
 * environment variables are set. Sessions are JWTs so that app servers stay stateless; the role in the
 * token is only a hint for the UI, every check reads the role from the database (lib/authz.ts).
 */
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { authAdapter } from "@/lib/data/auth-adapter";
import {
  accountKey,
  assertSignInAllowed,
  clearSignInFailures,
  ipKey,
  recordSignInFailure,
} from "@/lib/data/sign-in-throttle";
import { findUserById, verifyUserCredentials } from "@/lib/data/users";
import { clientIpFrom } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { dummyPasswordHash } from "@/lib/password";
import { signInSchema, type RoleName } from "@/lib/schemas/account";

/** How long the role shown in the navigation may lag a role change (checks never use it). */
const ROLE_HINT_TTL_MS = 60_000;

/** Codes travel to the sign-in form; they never say whether the email exists. */
export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}
export class SignInRateLimited extends CredentialsSignin {
  override code = "rate_limited";
}

export function oauthProviders(e = env()): { id: "github" | "google"; name: string }[] {
  const list: { id: "github" | "google"; name: string }[] = [];
  if (e.AUTH_GITHUB_ID && e.AUTH_GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (e.AUTH_GOOGLE_ID && e.AUTH_GOOGLE_SECRET) list.push({ id: "google", name: "Google" });
  return list;
}

export async function authorizeWithPassword(raw: unknown, request: Request) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentials();
  const { email, password } = parsed.data;
  const e = env();
  const keys = [accountKey(email), ipKey(clientIpFrom(request.headers))];
  try {
    await assertSignInAllowed(keys);
  } catch (error) {
    if (error instanceof AppError && error.code === "RATE_LIMITED") throw new SignInRateLimited();
    throw error;
  }
  const user = await verifyUserCredentials(email, password, dummyPasswordHash);
  if (!user) {
    await recordSignInFailure(keys, {
      maxFailuresPerAccount: e.SIGNIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: e.SIGNIN_MAX_FAILURES_PER_IP,
      windowSeconds: e.SIGNIN_WINDOW_SECONDS,
      lockSeconds: e.SIGNIN_LOCK_SECONDS,
    });
    throw new InvalidCredentials();
  }
  await clearSignInFailures(accountKey(email));
  return { id: user.id, email: user.email, name: user.name, image: user.image, role: user.role };
}

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      authorize: authorizeWithPassword,
    }),
  ];
  const enabled = oauthProviders().map((p) => p.id);
  // Auth.js reads AUTH_GITHUB_ID/SECRET and AUTH_GOOGLE_ID/SECRET from the environment itself.
  if (enabled.includes("github")) list.push(GitHub);
  if (enabled.includes("google")) list.push(Google);
  return list;
}

export function authConfig(): NextAuthConfig {
  return {
    adapter: authAdapter(),
    providers: providers(),
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    trustHost: env().AUTH_TRUST_HOST,
    pages: { signIn: "/signin", error: "/signin" },
    callbacks: {
      async jwt({ token, user }) {
        const now = Date.now();
        if (user?.id) {
          token.sub = user.id;
          token.role = (user as { role?: RoleName }).role ?? "STUDENT";
          token.roleCheckedAt = now;
        } else if (token.sub && now - (token.roleCheckedAt ?? 0) > ROLE_HINT_TTL_MS) {
          // Refresh the UI's role hint now and then; a deleted account ends the session.
          const current = await findUserById(token.sub);
          if (!current) return null;
          token.role = current.role;
          token.roleCheckedAt = now;
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.user.role = token.role ?? "STUDENT";
        return session;
      },
    },
    logger: {
      // Wrong passwords are expected traffic, not server errors; everything else is logged without secrets.
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
      warn(code) {
        console.warn(`[auth] warning: ${code}`);
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => authConfig());
