import { describe, expect, it } from "vitest";
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from "@/lib/password";

const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("password hashing", () => {
  it("uses scrypt with at least OWASP's minimum cost by default (N=2^17, r=8, p=1)", async () => {
    expect(DEFAULT_SCRYPT.N * DEFAULT_SCRYPT.r * DEFAULT_SCRYPT.p).toBeGreaterThanOrEqual(2 ** 17 * 8);
    const hash = await hashPassword("a long enough password");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(await verifyPassword("a long enough password", hash)).toBe(true);
  });

  it("rejects a wrong password and salts every hash", async () => {
    const a = await hashPassword("same password", FAST);
    const b = await hashPassword("same password", FAST);
    expect(a).not.toBe(b);
    expect(await verifyPassword("same password!", a)).toBe(false);
    expect(await verifyPassword("same password", b)).toBe(true);
  });

  it("verifies hashes made with other parameters (they are stored in the hash)", async () => {
    const hash = await hashPassword("parameters travel", { N: 2 ** 11, r: 4, p: 2 });
    expect(hash.startsWith("scrypt$2048$4$2$")).toBe(true);
    expect(await verifyPassword("parameters travel", hash)).toBe(true);
  });

  it("normalises Unicode so the same password typed differently still matches", async () => {
    const hash = await hashPassword("caf\u00e9 au lait!", FAST);
    expect(await verifyPassword("cafe\u0301 au lait!", hash)).toBe(true);
  });

  it("returns false for malformed stored hashes instead of throwing", async () => {
    for (const bad of ["", "bcrypt$x", "scrypt$1$2$3", "plain-text"]) {
      expect(await verifyPassword("anything", bad)).toBe(false);
    }
  });
});
