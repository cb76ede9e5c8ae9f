/**
 * The only place that creates the Prisma client (see ARCHITECTURE.md). Only lib/data/** imports it.
 *
 * Both generated clients come from the same models (prisma/schema.prisma and its generated PostgreSQL twin),
 * so they have the same API; the app is typed against the SQLite one. One client per process, kept on
 * globalThis so that Next's dev reloads do not open a new pool each time.
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/generated/prisma/sqlite/client";
import { PrismaClient as PostgresClient } from "@/generated/prisma/postgres/client";
import { resolveDatabase, type DatabaseTarget } from "@/lib/database-url";

export type Db = SqliteClient;
/** A Prisma interactive-transaction client. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export function createDb(target: DatabaseTarget = resolveDatabase()): Db {
  if (target.kind === "sqlite") {
    // timeout: wait up to 5 s for a write lock instead of failing at once (WAL is switched on at boot).
    const adapter = new PrismaBetterSqlite3({ url: target.url, timeout: 5000 });
    return new SqliteClient({ adapter });
  }
  const url = new URL(target.url);
  const schema = url.searchParams.get("schema") ?? undefined;
  url.searchParams.delete("schema");
  // `schema` qualifies Prisma's own queries; search_path makes raw SQL (health, migrations table) agree.
  const options = schema ? `-c search_path="${schema.replaceAll('"', '""')}"` : undefined;
  const adapter = new PrismaPg(
    { connectionString: url.toString(), max: 10, options },
    schema ? { schema } : undefined,
  );
  return new PostgresClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { gatewiseDb?: Db; gatewiseDbTarget?: DatabaseTarget };

export function dbTarget(): DatabaseTarget {
  globalForDb.gatewiseDbTarget ??= resolveDatabase();
  return globalForDb.gatewiseDbTarget;
}

export function db(): Db {
  globalForDb.gatewiseDb ??= createDb(dbTarget());
  return globalForDb.gatewiseDb;
}

/** Closes the shared client (tests, graceful shutdown). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.gatewiseDb;
  globalForDb.gatewiseDb = undefined;
  globalForDb.gatewiseDbTarget = undefined;
  await current?.$disconnect();
}
