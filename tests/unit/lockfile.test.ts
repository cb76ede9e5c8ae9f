import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error -- plain ESM script without type declarations
import { missingOptionalEntries } from "../../scripts/complete-lockfile.mjs";

const root = path.resolve(import.meta.dirname, "../..");
const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8"));
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

describe("package-lock.json", () => {
  it("lists every optional platform package, so `npm ci` accepts it (run scripts/complete-lockfile.mjs)", () => {
    expect(missingOptionalEntries(lock)).toEqual([]);
  });

  it("records no download address, only the registry's names and hashes", () => {
    const resolved = Object.values(lock.packages as Record<string, { resolved?: string }>).filter(
      (e) => e.resolved,
    );
    expect(resolved).toEqual([]);
  });

  it("runs no install script it has not allowed (the Prisma engines download is denied)", () => {
    expect(pkg.allowScripts["@prisma/engines"]).toBe(false);
    expect(pkg.allowScripts["better-sqlite3"]).toBe(true);
  });
});
