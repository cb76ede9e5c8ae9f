/**
 * Writes prisma/postgres/schema.prisma from prisma/schema.prisma.
 * The models are shared; only the datasource provider and the generated client's folder differ.
 * `--check` exits 1 (and says why) when the committed file is out of date.
 */
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";

export function toPostgresSchema(sqliteSchema: string): string {
  const out = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(
      'output       = "../generated/prisma/sqlite"',
      'output       = "../../generated/prisma/postgres"',
    );
  if (out === sqliteSchema || !out.includes('"postgresql"') || !out.includes("generated/prisma/postgres")) {
    throw new Error(
      "prisma/schema.prisma: could not find the sqlite datasource provider and generator output to rewrite",
    );
  }
  return (
    "// GENERATED from prisma/schema.prisma by `npm run db:sync`. Do not edit: edit prisma/schema.prisma.\n" +
    out
  );
}

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "prisma/schema.prisma");
const target = path.join(root, "prisma/postgres/schema.prisma");

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const want = toPostgresSchema(readFileSync(source, "utf8"));
  if (process.argv.includes("--check")) {
    let have = "";
    try {
      have = readFileSync(target, "utf8");
    } catch {
      /* missing counts as different */
    }
    if (have !== want) {
      console.error("prisma/postgres/schema.prisma is out of date: run `npm run db:sync`");
      process.exit(1);
    }
  } else {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, want);
    console.info("wrote prisma/postgres/schema.prisma");
  }
}
