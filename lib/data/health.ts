/** What /api/health reports about the database: reachable or not, and the migration state. */
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db, dbTarget } from "@/lib/db";
import type { DatabaseKind } from "@/lib/database-url";

export interface MigrationState {
  state: "up-to-date" | "pending" | "failed" | "unknown";
  committed: number;
  applied: number;
  pending: string[];
  failed: string[];
}

export interface DatabaseHealth {
  kind: DatabaseKind;
  reachable: boolean;
  latencyMs?: number;
  migrations?: MigrationState;
  error?: string;
}

/** The committed migration folders for the current provider (names like 20261123120000_init). */
export async function committedMigrations(root = process.cwd()): Promise<string[]> {
  const dir = path.join(/* turbopackIgnore: true */ root, dbTarget().migrationsPath);
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

interface MigrationRow {
  migration_name: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

export async function databaseHealth(): Promise<DatabaseHealth> {
  const kind = dbTarget().kind;
  const started = performance.now();
  try {
    await db().$queryRawUnsafe("SELECT 1");
  } catch (error) {
    // Never echo the raw driver message: it may contain the connection string.
    const code = (error as { code?: string }).code;
    return { kind, reachable: false, error: code ? `database error ${code}` : "database unreachable" };
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  let rows: MigrationRow[] = [];
  try {
    rows = await db().$queryRawUnsafe<MigrationRow[]>(
      "SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations",
    );
  } catch {
    rows = []; // no _prisma_migrations table yet: nothing applied
  }
  const committed = await committedMigrations();
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const pending = committed.filter((name) => !applied.has(name));
  const state = failed.length ? "failed" : pending.length ? "pending" : "up-to-date";
  return {
    kind,
    reachable: true,
    latencyMs,
    migrations: { state, committed: committed.length, applied: applied.size, pending, failed },
  };
}
