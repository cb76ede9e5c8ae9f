import { describe, expect, it } from "vitest";
import {
  accountKey,
  assertSignInAllowed,
  clearSignInFailures,
  ipKey,
  recordSignInFailure,
} from "@/lib/data/sign-in-throttle";
import { uniqueEmail } from "../helpers/factories";

const settings = { maxFailuresPerAccount: 3, maxFailuresPerIp: 5, windowSeconds: 60, lockSeconds: 120 };
const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, s));

describe("sign-in throttle", () => {
  it("locks an account after its limit of failures inside the window, for the lock period", async () => {
    const keys = [accountKey(uniqueEmail()), ipKey(`10.0.0.${Math.floor(Math.random() * 250)}-a`)];
    expect(await recordSignInFailure(keys, settings, at(0))).toBe(false);
    expect(await recordSignInFailure(keys, settings, at(1))).toBe(false);
    await expect(assertSignInAllowed(keys, at(2))).resolves.toBeUndefined();
    expect(await recordSignInFailure(keys, settings, at(2))).toBe(true);
    await expect(assertSignInAllowed(keys, at(3))).rejects.toMatchObject({
      code: "RATE_LIMITED",
      status: 429,
      retryAfterSeconds: 119,
    });
    await expect(assertSignInAllowed(keys, at(2 + 121))).resolves.toBeUndefined();
  });

  it("starts counting again when the window has passed", async () => {
    const keys = [accountKey(uniqueEmail())];
    await recordSignInFailure(keys, settings, at(0));
    await recordSignInFailure(keys, settings, at(1));
    expect(await recordSignInFailure(keys, settings, at(100))).toBe(false); // window of 60 s passed: count is 1
    await expect(assertSignInAllowed(keys, at(101))).resolves.toBeUndefined();
  });

  it("locks an IP that fails across many accounts", async () => {
    const ip = ipKey(`192.0.2.${Math.floor(Math.random() * 250)}-b`);
    for (let i = 0; i < 4; i++)
      expect(await recordSignInFailure([accountKey(uniqueEmail()), ip], settings, at(i))).toBe(false);
    expect(await recordSignInFailure([accountKey(uniqueEmail()), ip], settings, at(5))).toBe(true);
    await expect(assertSignInAllowed([accountKey(uniqueEmail()), ip], at(6))).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
  });

  it("clears an account's counter after a successful sign-in", async () => {
    const key = accountKey(uniqueEmail());
    await recordSignInFailure([key], settings, at(0));
    await recordSignInFailure([key], settings, at(1));
    await clearSignInFailures(key);
    expect(await recordSignInFailure([key], settings, at(2))).toBe(false);
    expect(await recordSignInFailure([key], settings, at(3))).toBe(false);
  });
});
