import { beforeEach, describe, expect, it } from "vitest";
import { authorizeWithPassword, InvalidCredentials, SignInRateLimited } from "@/lib/auth";
import { resetEnvCache } from "@/lib/env";
import { createUser, TEST_PASSWORD } from "../helpers/factories";

let ipCounter = 0;
const request = (ip: string) =>
  new Request("http://localhost/api/auth/callback/credentials", { headers: { "x-gatewise-client-ip": ip } });

describe("password sign-in (Credentials authorize)", () => {
  beforeEach(() => {
    process.env.SIGNIN_MAX_FAILURES_PER_ACCOUNT = "3";
    process.env.SIGNIN_MAX_FAILURES_PER_IP = "6";
    resetEnvCache();
  });

  it("returns the user with the right password, emails matched case-insensitively", async () => {
    const user = await createUser();
    const result = await authorizeWithPassword(
      { email: user.email.toUpperCase(), password: TEST_PASSWORD },
      request(`198.51.100.${++ipCounter}`),
    );
    expect(result).toMatchObject({ id: user.id, email: user.email, role: "STUDENT" });
  });

  it("says only 'invalid credentials' for a wrong password and for an unknown email", async () => {
    const user = await createUser();
    const ip = `198.51.100.${++ipCounter}`;
    await expect(
      authorizeWithPassword({ email: user.email, password: "wrong password" }, request(ip)),
    ).rejects.toBeInstanceOf(InvalidCredentials);
    await expect(
      authorizeWithPassword({ email: "nobody@example.test", password: "x" }, request(ip)),
    ).rejects.toBeInstanceOf(InvalidCredentials);
  });

  it("locks the account after SIGNIN_MAX_FAILURES_PER_ACCOUNT failures, even for the right password", async () => {
    const user = await createUser();
    for (let i = 0; i < 3; i++) {
      await expect(
        authorizeWithPassword({ email: user.email, password: "nope" }, request(`203.0.113.${++ipCounter}`)),
      ).rejects.toBeInstanceOf(InvalidCredentials);
    }
    const locked = authorizeWithPassword(
      { email: user.email, password: TEST_PASSWORD },
      request(`203.0.113.${++ipCounter}`),
    );
    await expect(locked).rejects.toBeInstanceOf(SignInRateLimited);
    await expect(locked).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("locks an IP after SIGNIN_MAX_FAILURES_PER_IP failures across different accounts", async () => {
    const ip = `192.0.2.${++ipCounter}`;
    for (let i = 0; i < 6; i++) {
      const u = await createUser();
      await expect(
        authorizeWithPassword({ email: u.email, password: "nope" }, request(ip)),
      ).rejects.toBeInstanceOf(InvalidCredentials);
    }
    const fresh = await createUser();
    await expect(
      authorizeWithPassword({ email: fresh.email, password: TEST_PASSWORD }, request(ip)),
    ).rejects.toBeInstanceOf(SignInRateLimited);
    // The same account from another address is still welcome.
    await expect(
      authorizeWithPassword(
        { email: fresh.email, password: TEST_PASSWORD },
        request(`192.0.2.${++ipCounter}`),
      ),
    ).resolves.toMatchObject({ id: fresh.id });
  });
});
