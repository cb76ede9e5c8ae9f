/**
 * Which database Gatewise talks to, decided from the environment alone.
 *
 * Shared by prisma.config.ts (the Prisma CLI), lib/db.ts (the app) and the scripts, so that
 * all three always agree. No `server-only` here: the front door and the CLI import it in plain Node.
 */
import path from "node:path";

export type DatabaseKind = "sqlite" | "postgresql";

export interface DatabaseTarget {
  kind: DatabaseKind;
  /** The URL as Prisma expects it (`file:/abs/path.db` for SQLite). */
  url: string;
  /** Absolute path of the SQLite file; undefined for PostgreSQL. */
  file?: string;
  /** True when no DATABASE_URL was given and the embedded default is used. */
  embeddedDefault: boolean;
  /** Where this provider's schema and committed migrations live, relative to the project root. */
  schemaPath: string;
  migrationsPath: string;
}

/** The embedded default: a SQLite file under data/, created on first start. */
export const DEFAULT_SQLITE_FILE = "data/gatewise.db";

const SCHEMAS: Record<DatabaseKind, { schemaPath: string; migrationsPath: string }> = {
  sqlite: { schemaPath: "prisma/schema.prisma", migrationsPath: "prisma/migrations" },
  postgresql: {
    schemaPath: "prisma/postgres/schema.prisma",
    migrationsPath: "prisma/postgres/migrations",
  },
};

export class DatabaseUrlError extends Error {
  override name = "DatabaseUrlError";
}

/**
 * Resolves DATABASE_URL. Accepts `file:` (SQLite, relative paths are taken from `root`) and
 * `postgres://` / `postgresql://`; anything else is refused with a message naming the variable.
 */
export function resolveDatabase(
  env: Record<string, string | undefined> = process.env,
  root: string = process.cwd(),
): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    const file = path.resolve(/* turbopackIgnore: true */ root, DEFAULT_SQLITE_FILE);
    return { kind: "sqlite", url: `file:${file}`, file, embeddedDefault: true, ...SCHEMAS.sqlite };
  }
  if (raw.startsWith("file:")) {
    const rest = raw.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    const file = path.resolve(/* turbopackIgnore: true */ root, rest.split("?")[0] ?? rest);
    if (!rest) throw new DatabaseUrlError("DATABASE_URL=file: needs a path, e.g. file:./data/gatewise.db");
    return { kind: "sqlite", url: `file:${file}`, file, embeddedDefault: false, ...SCHEMAS.sqlite };
  }
  if (/^postgres(ql)?:\/\//.test(raw)) {
    return { kind: "postgresql", url: raw, embeddedDefault: false, ...SCHEMAS.postgresql };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${raw.split(":")[0]}:..."`,
  );
}
