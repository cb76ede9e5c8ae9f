/**
 * `npm run db:migrate -- --name <name>`: records a schema change as one migration per provider.
 *
 * 1. Regenerates prisma/postgres/schema.prisma from prisma/schema.prisma (the sync script).
 * 2. Diffs each provider's committed migrations against its schema (`prisma migrate diff`): SQLite
 *    replays them in memory; PostgreSQL in SHADOW_DATABASE_URL when set (that database is wiped),
 *    otherwise in a throwaway local cluster that is deleted afterwards.
 * 3. Writes `<timestamp>_<name>/migration.sql` under the same directory name for both providers.
 * 4. Applies it to the DATABASE_URL database with `prisma migrate deploy`.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveDatabase, type DatabaseKind } from "../lib/database-url";
import { startThrowawayPostgres, type ThrowawayPostgres } from "./throwaway-postgres";

const root = path.resolve(import.meta.dirname, "..");
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");

const PROVIDERS: Record<DatabaseKind, { schema: string; migrations: string; lockProvider: string }> = {
  sqlite: { schema: "prisma/schema.prisma", migrations: "prisma/migrations", lockProvider: "sqlite" },
  postgresql: {
    schema: "prisma/postgres/schema.prisma",
    migrations: "prisma/postgres/migrations",
    lockProvider: "postgresql",
  },
};

export class MigrationError extends Error {
  override name = "MigrationError";
}

/** Reads `--name x`, `--name=x` or `-n x`. */
export function parseName(argv: readonly string[]): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--name" || arg === "-n") return requireName(argv[i + 1]);
    if (arg.startsWith("--name=")) return requireName(arg.slice("--name=".length));
  }
  throw new MigrationError("usage: npm run db:migrate -- --name <what_changed>   (e.g. --name add_user_bio)");
}

function requireName(raw: string | undefined): string {
  const slug = (raw ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 80);
  if (!slug) throw new MigrationError(`--name needs letters or digits, got "${raw ?? ""}"`);
  return slug;
}

/** Prisma's folder naming: UTC `YYYYMMDDHHMMSS_name`, so that folders sort in creation order. */
export function migrationDirName(name: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
  return `${stamp}_${name}`;
}

interface Diff {
  kind: DatabaseKind;
  changed: boolean;
  script: string;
}

function runPrisma(args: string[], env: NodeJS.ProcessEnv, inherit = false): SpawnSyncReturns<string> {
  const result = spawnSync(process.execPath, [prismaCli, ...args], {
    cwd: root,
    env: { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
    stdio: inherit ? "inherit" : "pipe",
  });
  if (result.error) throw result.error;
  return result;
}

/** Environment for a child with this DATABASE_URL (and shadow, or none). */
function envWith(databaseUrl: string, shadowDatabaseUrl?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: databaseUrl };
  if (shadowDatabaseUrl) env.SHADOW_DATABASE_URL = shadowDatabaseUrl;
  else delete env.SHADOW_DATABASE_URL;
  return env;
}

/** `migrate diff --exit-code`: 0 = the migrations already produce the schema, 2 = they differ. */
function diffProvider(kind: DatabaseKind, env: NodeJS.ProcessEnv): Diff {
  const { schema, migrations } = PROVIDERS[kind];
  const history = withLockFile(kind, path.join(root, migrations));
  try {
    const from = ["--from-migrations", history.dir];
    const result = runPrisma(
      ["migrate", "diff", ...from, "--to-schema", schema, "--script", "--exit-code"],
      env,
    );
    if (result.status === 0 || result.status === 2) {
      return { kind, changed: result.status === 2, script: result.stdout };
    }
    throw new MigrationError(
      `prisma migrate diff failed for ${kind} (exit ${result.status}):\n${mask(result.stderr || result.stdout)}`,
    );
  } finally {
    history.cleanup();
  }
}

/**
 * The engine reads the provider of a migration history from its lock file. Before the first
 * migration there is none: an empty history with a lock file stands in (`--from-empty` would add
 * a `CREATE SCHEMA "public"` that `migrate dev` does not write).
 */
function withLockFile(kind: DatabaseKind, dir: string): { dir: string; cleanup: () => void } {
  if (existsSync(path.join(dir, "migration_lock.toml"))) return { dir, cleanup: () => {} };
  const empty = mkdtempSync(path.join(os.tmpdir(), "gatewise-history-"));
  writeLockFile(empty, PROVIDERS[kind].lockProvider);
  return { dir: empty, cleanup: () => rmSync(empty, { recursive: true, force: true }) };
}

function writeLockFile(dir: string, provider: string): void {
  writeFileSync(
    path.join(dir, "migration_lock.toml"),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`,
  );
}

function diffSqlite(): Diff {
  // The engine needs a SQLite datasource to pick its SQLite connector; the replay itself is in memory.
  const scratch = mkdtempSync(path.join(os.tmpdir(), "gatewise-migrate-"));
  try {
    return diffProvider("sqlite", envWith(`file:${path.join(scratch, "scratch.db")}`));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

async function diffPostgres(): Promise<Diff> {
  const shadow = process.env.SHADOW_DATABASE_URL;
  if (shadow) {
    if (!/^postgres(ql)?:\/\//.test(shadow))
      throw new MigrationError("SHADOW_DATABASE_URL must be a postgresql:// URL");
    console.info(`PostgreSQL: replaying migrations in SHADOW_DATABASE_URL (${mask(shadow)})`);
    return diffProvider("postgresql", envWith(mainForShadow(shadow), shadow));
  }
  console.info("PostgreSQL: starting a throwaway cluster for the shadow database...");
  let cluster: ThrowawayPostgres | undefined;
  const stopOnSignal = () => void cluster?.stop().finally(() => process.exit(130));
  process.once("SIGINT", stopOnSignal);
  try {
    cluster = await startThrowawayPostgres();
    return diffProvider("postgresql", envWith(cluster.url));
  } finally {
    process.off("SIGINT", stopOnSignal);
    await cluster?.stop();
  }
}

/**
 * The engine also opens its datasource, though a diff only reads the shadow database: the
 * maintenance database `postgres` on the shadow database's server, which always exists.
 */
function mainForShadow(shadow: string): string {
  const url = new URL(shadow);
  if (url.pathname === "/postgres") {
    throw new MigrationError("SHADOW_DATABASE_URL must name a database other than `postgres` (it is wiped)");
  }
  url.pathname = "/postgres";
  return url.toString();
}

function writeMigration(diff: Diff, dirName: string): string {
  const { migrations, lockProvider } = PROVIDERS[diff.kind];
  const base = path.join(root, migrations);
  const latest = existingMigrations(base).at(-1);
  if (latest && latest >= dirName) {
    throw new MigrationError(`${migrations}/${latest} sorts after ${dirName}: check the system clock`);
  }
  const dir = path.join(base, dirName);
  mkdirSync(dir, { recursive: true });
  const sql = diff.changed ? diff.script : `-- No ${diff.kind} change in this migration.\n`;
  writeFileSync(path.join(dir, "migration.sql"), sql.endsWith("\n") ? sql : `${sql}\n`);
  if (!existsSync(path.join(base, "migration_lock.toml"))) writeLockFile(base, lockProvider);
  return path.relative(root, path.join(dir, "migration.sql"));
}

function existingMigrations(base: string): string[] {
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function syncPostgresSchema(): void {
  const result = spawnSync(process.execPath, [tsxCli, path.join(root, "scripts/sync-postgres-schema.ts")], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) throw new MigrationError("scripts/sync-postgres-schema.ts failed");
}

function mask(text: string): string {
  return text.replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)[^@\s]*@/gi, "$1****@");
}

async function main(argv: readonly string[]): Promise<void> {
  const name = parseName(argv);
  const target = resolveDatabase(process.env, root);
  syncPostgresSchema();
  const diffs = [diffSqlite(), await diffPostgres()];
  if (!diffs.some((d) => d.changed)) {
    console.info("No schema changes since the last migration: nothing created.");
    return;
  }
  for (const d of diffs.filter((d) => !d.changed)) {
    console.warn(
      `warning: no ${d.kind} change found; its migration will be empty (are its migrations out of date?)`,
    );
  }
  const dirName = migrationDirName(name);
  for (const diff of diffs) console.info(`created ${writeMigration(diff, dirName)}`);
  console.info(`Applying to ${target.kind === "sqlite" ? target.file : mask(target.url)}...`);
  const deploy = runPrisma(["migrate", "deploy"], process.env, true);
  if (deploy.status !== 0) {
    throw new MigrationError(
      `the migration files were written, but \`prisma migrate deploy\` failed (exit ${deploy.status}): fix the database or the migration, then run \`npm run db:deploy\``,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`db:migrate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
