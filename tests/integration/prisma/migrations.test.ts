/**
 * The committed migrations must produce exactly the Prisma schema, for each provider, through the
 * stock Prisma CLI running offline on scripts/prisma-schema-engine (the WASM schema engine shim).
 *
 * SQLite always; PostgreSQL when TEST_DATABASE_URL is set: then a dedicated database is created on
 * that server (used as the shadow database and as a deploy target) and dropped afterwards.
 */
import { execFile } from "node:child_process";
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  mkdirSync,
  copyFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const prismaCli = path.join(root, "node_modules/prisma/build/index.js");
const tsxCli = path.join(root, "node_modules/tsx/dist/cli.mjs");
const shim = path.join(root, "scripts/prisma-schema-engine/schema-engine.mjs");
const execFileAsync = promisify(execFile);

// vitest.config.ts runs integration files once per database project; run each part once.
const project = process.env.GATEWISE_TEST_DB;
const testSqlite = project === undefined || project === "sqlite";
/** Checks that need no database run with the SQLite project only. */
const testShared = testSqlite;
const pgBase = process.env.TEST_DATABASE_URL;
const testPostgres = Boolean(pgBase) && (project === undefined || project === "postgresql");

const SLOW = 120_000;

/** Defines a suite only in the project that owns it, so the other project neither runs nor lists it. */
const onlyIn = (run: boolean): typeof describe =>
  run ? describe : ((() => undefined) as unknown as typeof describe);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(file: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  try {
    const { stdout, stderr } = await execFileAsync(file, args, { cwd: root, env, maxBuffer: 16 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof e.code !== "number") throw error;
    return { code: e.code, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

/** The Prisma CLI with this DATABASE_URL (and optional shadow) and nothing else from the test's env. */
function prisma(args: string[], databaseUrl: string, shadowDatabaseUrl?: string): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  delete env.SHADOW_DATABASE_URL;
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  if (shadowDatabaseUrl) env.SHADOW_DATABASE_URL = shadowDatabaseUrl;
  return run(process.execPath, [prismaCli, ...args], env);
}

const diffArgs = (migrations: string, schema: string) => [
  ...["migrate", "diff", "--from-migrations", migrations, "--to-schema", schema, "--exit-code"],
];

/** A copy of `schemaFile` with one more column on User: a change that no migration records. */
function editedSchemaCopy(dir: string, schemaFile: string): string {
  const source = readFileSync(path.join(root, schemaFile), "utf8");
  const edited = source.replace(/^model User \{\n/m, "model User {\n  driftCheck String?\n");
  expect(edited).not.toBe(source);
  const file = path.join(dir, "schema.prisma");
  writeFileSync(file, edited);
  return file;
}

function migrationNames(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(path.join(os.tmpdir(), "gatewise-migrations-test-"));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

onlyIn(testShared)("migration folders", () => {
  it("hold the same migration names for SQLite and PostgreSQL, with matching lock files", () => {
    const sqlite = migrationNames("prisma/migrations");
    expect(sqlite.length).toBeGreaterThan(0);
    expect(migrationNames("prisma/postgres/migrations")).toEqual(sqlite);
    const lock = (dir: string) => readFileSync(path.join(root, dir, "migration_lock.toml"), "utf8");
    expect(lock("prisma/migrations")).toMatch(/provider = "sqlite"/);
    expect(lock("prisma/postgres/migrations")).toMatch(/provider = "postgresql"/);
  });
});

onlyIn(testShared)("prisma/postgres/schema.prisma", () => {
  it("is in sync with prisma/schema.prisma (sync-postgres-schema --check)", { timeout: SLOW }, async () => {
    const result = await run(process.execPath, [tsxCli, "scripts/sync-postgres-schema.ts", "--check"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  });

  it(
    "--check fails when prisma/schema.prisma changed and the copy was not regenerated",
    { timeout: SLOW },
    async () => {
      // The script finds its files from its own location: run a copy in a scratch tree.
      const tree = path.join(scratch, "sync-check");
      mkdirSync(path.join(tree, "scripts"), { recursive: true });
      mkdirSync(path.join(tree, "prisma/postgres"), { recursive: true });
      copyFileSync(
        path.join(root, "scripts/sync-postgres-schema.ts"),
        path.join(tree, "scripts/sync-postgres-schema.ts"),
      );
      copyFileSync(
        path.join(root, "prisma/postgres/schema.prisma"),
        path.join(tree, "prisma/postgres/schema.prisma"),
      );
      editedSchemaCopy(path.join(tree, "prisma"), "prisma/schema.prisma");
      const result = await run(process.execPath, [
        tsxCli,
        path.join(tree, "scripts/sync-postgres-schema.ts"),
        "--check",
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/out of date/);
    },
  );
});

onlyIn(testShared)("schema engine shim", () => {
  it("answers --version like the native binary", async () => {
    const result = await run(process.execPath, [shim, "--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^schema-engine-cli [0-9a-f]{40}\n$/);
  });

  it("reports a missing SQLite database as P1003, after a first log line", async () => {
    const url = `file:${path.join(scratch, "missing/none.db")}`;
    const result = await run(process.execPath, [
      shim,
      "--datasource",
      JSON.stringify({ url }),
      "cli",
      "can-connect-to-database",
    ]);
    expect(result.code).toBe(1);
    // The CLI skips the first stderr line and parses each other one as JSON.
    const [, ...lines] = result.stderr.trim().split("\n");
    const errors = lines.map(
      (line) => JSON.parse(line) as { level: string; fields: { error_code?: string } },
    );
    expect(errors.find((e) => e.level === "ERROR")?.fields.error_code).toBe("P1003");
  });
});

onlyIn(testSqlite)("SQLite migrations (prisma/migrations)", { concurrent: true }, () => {
  const scratchUrl = (name: string) => `file:${path.join(scratch, `${name}.db`)}`;

  it("produce prisma/schema.prisma exactly: migrate diff exits 0", { timeout: SLOW }, async () => {
    const result = await prisma(diffArgs("prisma/migrations", "prisma/schema.prisma"), scratchUrl("diff"));
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toMatch(/No difference detected/);
    expect(result.code).toBe(0);
  });

  it("do not hide a schema change: an edited copy makes migrate diff exit 2", { timeout: SLOW }, async () => {
    const dir = mkdtempSync(path.join(scratch, "sqlite-edit-"));
    const result = await prisma(
      diffArgs("prisma/migrations", editedSchemaCopy(dir, "prisma/schema.prisma")),
      scratchUrl("drift"),
    );
    expect(result.stdout).toMatch(/Added column `driftCheck`/);
    expect(result.code).toBe(2);
  });

  it("deploy to a new database file, which then matches the schema", { timeout: SLOW }, async () => {
    const url = `file:${path.join(scratch, "deploy/nested/app.db")}`;
    const deploy = await prisma(["migrate", "deploy"], url);
    expect(deploy.stdout).toMatch(/All migrations have been successfully applied|No pending migrations/);
    expect(deploy.code).toBe(0);
    const status = await prisma(["migrate", "status"], url);
    expect(status.stdout).toMatch(/Database schema is up to date/);
    expect(status.code).toBe(0);
    const live = await prisma(
      ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      url,
    );
    expect(live.stdout).toMatch(/No difference detected/);
    expect(live.code).toBe(0);
  });
});

onlyIn(testPostgres)("PostgreSQL migrations (prisma/postgres/migrations)", () => {
  const database = `gatewise_migrations_${process.pid}_${Date.now()}`;
  const admin = () => new pg.Client({ connectionString: pgBase });
  /** TEST_DATABASE_URL pointed at the dedicated database (its ?schema=, if any, removed). */
  const dedicated = (schema?: string) => {
    const url = new URL(pgBase ?? "");
    url.pathname = `/${database}`;
    url.searchParams.delete("schema");
    if (schema) url.searchParams.set("schema", schema);
    return url.toString();
  };

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    try {
      await client.query(`CREATE DATABASE "${database}"`);
    } finally {
      await client.end();
    }
  });

  afterAll(async () => {
    const client = admin();
    await client.connect();
    try {
      await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    } finally {
      await client.end();
    }
  });

  // The dedicated database is the shadow database (wiped on each use); TEST_DATABASE_URL is only opened.
  it("produce prisma/postgres/schema.prisma exactly: migrate diff exits 0", { timeout: SLOW }, async () => {
    const args = diffArgs("prisma/postgres/migrations", "prisma/postgres/schema.prisma");
    const result = await prisma(args, pgBase ?? "", dedicated());
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout).toMatch(/No difference detected/);
    expect(result.code).toBe(0);
  });

  it("do not hide a schema change: an edited copy makes migrate diff exit 2", { timeout: SLOW }, async () => {
    const dir = mkdtempSync(path.join(scratch, "pg-edit-"));
    const edited = editedSchemaCopy(dir, "prisma/postgres/schema.prisma");
    const result = await prisma(diffArgs("prisma/postgres/migrations", edited), pgBase ?? "", dedicated());
    expect(result.stdout).toMatch(/Added column `driftCheck`/);
    expect(result.code).toBe(2);
  });

  it("deploy into a ?schema= of their own, which then matches the schema", { timeout: SLOW }, async () => {
    const url = dedicated("gatewise_deploy");
    const deploy = await prisma(["migrate", "deploy"], url);
    expect(deploy.stdout).toMatch(/All migrations have been successfully applied/);
    expect(deploy.code).toBe(0);
    const status = await prisma(["migrate", "status"], url);
    expect(status.stdout).toMatch(/Database schema is up to date/);
    expect(status.code).toBe(0);
    const live = await prisma(
      [
        "migrate",
        "diff",
        "--from-config-datasource",
        "--to-schema",
        "prisma/postgres/schema.prisma",
        "--exit-code",
      ],
      url,
    );
    expect(live.stdout).toMatch(/No difference detected/);
    expect(live.code).toBe(0);
    const client = new pg.Client({ connectionString: dedicated() });
    await client.connect();
    try {
      const { rows } = await client.query<{ table_schema: string }>(
        `SELECT DISTINCT table_schema FROM information_schema.tables WHERE table_name = 'User'`,
      );
      // Fault 8 of the shim: without search_path the tables would land in "public".
      expect(rows.map((r) => r.table_schema)).toContain("gatewise_deploy");
    } finally {
      await client.end();
    }
  });
});
