import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AUTH_SECRET_FILE, ensureAuthSecret } from "@/server/auth-secret";

describe("ensureAuthSecret", () => {
  let dir: string;
  const saved = process.env.AUTH_SECRET;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "gatewise-secret-"));
    delete process.env.AUTH_SECRET;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env.AUTH_SECRET;
    else process.env.AUTH_SECRET = saved;
  });

  it("generates a 256-bit secret into a private, git-ignored file on first start and says so without printing it", () => {
    const lines: string[] = [];
    ensureAuthSecret(dir, (l) => lines.push(l));
    const file = path.join(dir, AUTH_SECRET_FILE);
    const secret = readFileSync(file, "utf8").trim();
    expect(process.env.AUTH_SECRET).toBe(secret);
    expect(Buffer.from(secret, "base64url")).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("data/auth-secret");
    expect(lines[0]).not.toContain(secret);
    expect(AUTH_SECRET_FILE.startsWith("data/")).toBe(true); // data/ is in .gitignore
    expect(readFileSync(path.resolve(import.meta.dirname, "../../../.gitignore"), "utf8")).toMatch(
      /^\/data\/$/m,
    );
  });

  it("reuses the generated secret on the next start, quietly", () => {
    ensureAuthSecret(dir, () => {});
    const first = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET;
    const lines: string[] = [];
    ensureAuthSecret(dir, (l) => lines.push(l));
    expect(process.env.AUTH_SECRET).toBe(first);
    expect(lines).toEqual([]);
  });

  it("leaves a configured AUTH_SECRET alone and writes no file", () => {
    process.env.AUTH_SECRET = "configured-secret-configured-secret-42";
    ensureAuthSecret(dir, () => {});
    expect(process.env.AUTH_SECRET).toBe("configured-secret-configured-secret-42");
    expect(() => statSync(path.join(dir, AUTH_SECRET_FILE))).toThrow();
  });
});
