/**
 * Gives each integration project a fresh, migrated database with `prisma migrate deploy`, the same path a
 * real start takes: a temporary SQLite file, or a new schema inside TEST_DATABASE_URL (dropped afterwards).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";

const root = path.resolve(import.meta.dirname, "../..");

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

function migrate(databaseUrl: string): void {
  execFileSync(
    process.execPath,
    [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"],
    {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

export default async function setup(project: TestProject) {
  const kind = project.config.env?.GATEWISE_TEST_DB ?? "sqlite";
  if (kind === "sqlite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "gatewise-it-"));
    const url = `file:${path.join(dir, "test.db")}`;
    migrate(url);
    project.provide("databaseUrl", url);
    return () => rmSync(dir, { recursive: true, force: true });
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DATABASE_URL is not set");
  const schema = `gatewise_test_${process.pid}_${Date.now()}`;
  const url = new URL(base);
  url.searchParams.set("schema", schema);
  migrate(url.toString());
  project.provide("databaseUrl", url.toString());
  return async () => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
  };
}
