/**
 * Failed sign-in limits, per account and per client IP. Counters live in the database so that the limit
 * holds across app servers and restarts. A key that reaches its limit inside the window is locked for
 * SIGNIN_LOCK_SECONDS; a successful sign-in clears the account's counter (not the IP's).
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface ThrottleSettings {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  windowSeconds: number;
  lockSeconds: number;
}

export const accountKey = (email: string) => `account:${email.toLowerCase()}`;
export const ipKey = (ip: string) => `ip:${ip}`;

/** Throws RATE_LIMITED (429) with Retry-After when the account or the IP is locked. */
export async function assertSignInAllowed(keys: string[], now: Date = new Date()): Promise<void> {
  const rows = await db().signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
  if (until > now.getTime()) {
    const seconds = Math.ceil((until - now.getTime()) / 1000);
    throw new AppError(
      "RATE_LIMITED",
      `Too many failed sign-in attempts. Try again in ${Math.ceil(seconds / 60)} minute(s).`,
      undefined,
      { retryAfterSeconds: seconds },
    );
  }
}

function limitFor(key: string, s: ThrottleSettings): number {
  return key.startsWith("ip:") ? s.maxFailuresPerIp : s.maxFailuresPerAccount;
}

/** Counts one failure against each key; returns true when any key became locked. */
export async function recordSignInFailure(
  keys: string[],
  settings: ThrottleSettings,
  now: Date = new Date(),
): Promise<boolean> {
  const windowStartMin = new Date(now.getTime() - settings.windowSeconds * 1000);
  return db().$transaction(async (tx) => {
    let locked = false;
    for (const key of keys) {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const fresh = !row || row.windowStart < windowStartMin;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil =
        failures >= limitFor(key, settings) ? new Date(now.getTime() + settings.lockSeconds * 1000) : null;
      locked ||= lockedUntil !== null;
      const data = { failures, windowStart: fresh ? now : row.windowStart, lockedUntil };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
    return locked;
  });
}

export async function clearSignInFailures(key: string): Promise<void> {
  await db().signInThrottle.deleteMany({ where: { key } });
}
