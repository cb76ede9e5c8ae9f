/**
 * `cli can-connect-to-database` and `cli create-database`: the CLI runs these before migrate
 * commands, creates the database when told P1003 ("does not exist"), and prints the result.
 * They talk to the database directly (no WASM engine needed).
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { quoteIdent } from "./datasource.mjs";

/** An error with a Prisma error code, reported the way the native engine does. */
export class KnownError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** @param {import("./datasource.mjs").Target} target */
export async function canConnect(target) {
  if (target.provider === "sqlite") return canOpenSqlite(target);
  const pg = (await import("pg")).default;
  const client = new pg.Client(target.config);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw describePgError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * @param {import("./datasource.mjs").Target} target
 * @returns {Promise<string>} the database name
 */
export async function createDatabase(target) {
  if (target.provider === "sqlite") {
    // Like the native engine: the parent folder is created too (data/ on a fresh clone).
    mkdirSync(path.dirname(target.file), { recursive: true });
    const Database = (await import("better-sqlite3")).default;
    new Database(target.file).close();
    return path.basename(target.file);
  }
  const pg = (await import("pg")).default;
  const name = String(target.config.database);
  const client = new pg.Client({ ...target.config, database: "postgres" });
  try {
    await client.connect();
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (error) {
    throw describePgError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
  return name;
}

/** @param {import("./datasource.mjs").SqliteTarget} target */
async function canOpenSqlite(target) {
  if (!existsSync(target.file)) {
    throw new KnownError(
      "P1003",
      `Database \`${path.basename(target.file)}\` does not exist at \`${target.file}\``,
    );
  }
  const Database = (await import("better-sqlite3")).default;
  const db = new Database(target.file, { readonly: true, fileMustExist: true });
  try {
    db.pragma("schema_version");
  } finally {
    db.close();
  }
}

/**
 * Maps pg's errors to the codes the CLI acts on (P1003 makes it create the database).
 * @param {any} error
 * @param {import("./datasource.mjs").PostgresTarget} target
 */
function describePgError(error, target) {
  const { host, port, database, user } = target.config;
  const at = `${host}:${port}`;
  switch (error?.code) {
    case "3D000":
      return new KnownError(
        "P1003",
        `Database \`${database}\` does not exist on the database server at \`${at}\`.`,
      );
    case "42P04":
      return new KnownError(
        "P1009",
        `Database \`${database}\` already exists on the database server at \`${at}\``,
      );
    case "28P01":
    case "28000":
      return new KnownError(
        "P1000",
        `Authentication failed against database server at \`${host}\`, the provided database credentials for \`${user ?? ""}\` are not valid.`,
      );
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return new KnownError("P1001", `Can't reach database server at \`${at}\``);
    default:
      if (/timeout/i.test(String(error?.message))) {
        return new KnownError("P1001", `Can't reach database server at \`${at}\``);
      }
      return error instanceof Error ? error : new Error(String(error));
  }
}
