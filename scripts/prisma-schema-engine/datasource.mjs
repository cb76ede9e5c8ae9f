/**
 * Turns a datasource URL into what the adapters need. Only SQLite (`file:`) and PostgreSQL
 * (`postgres://`, `postgresql://`) are supported: the two providers this project runs on.
 */
import path from "node:path";
import { createRequire } from "node:module";

/**
 * @typedef {{ provider: "sqlite", file: string, label: string }} SqliteTarget
 * @typedef {{
 *   provider: "postgres",
 *   config: import("pg").ClientConfig,
 *   schema: string | undefined,
 *   label: string,
 * }} PostgresTarget
 * @typedef {SqliteTarget | PostgresTarget} Target
 */

export class DatasourceError extends Error {
  name = "DatasourceError";
}

/**
 * @param {string} url
 * @param {string} [cwd] base for relative SQLite paths (the CLI runs the engine in the project root)
 * @returns {Target}
 */
export function parseDatasourceUrl(url, cwd = process.cwd()) {
  if (url.startsWith("file:")) return sqliteTarget(url, cwd);
  if (/^postgres(ql)?:\/\//.test(url)) return postgresTarget(url);
  throw new DatasourceError(
    `unsupported datasource URL scheme "${url.split(":")[0]}:" (this schema engine supports file: and postgresql:)`,
  );
}

/** @returns {SqliteTarget} */
function sqliteTarget(/** @type {string} */ url, /** @type {string} */ cwd) {
  const rest = url
    .slice("file:".length)
    .replace(/^\/\/(?=\/)/, "")
    .split("?")[0];
  if (!rest) throw new DatasourceError("file: URL without a path");
  const file = path.resolve(cwd, rest);
  return { provider: "sqlite", file, label: file };
}

/** @returns {PostgresTarget} */
function postgresTarget(/** @type {string} */ url) {
  // pg's own parser, so that host/ssl/socket handling matches what pg would do with the string.
  const requireFromPg = createRequire(import.meta.resolve("pg"));
  /** @type {(s: string) => Record<string, any>} */
  const parse = requireFromPg("pg-connection-string").parse;
  const parsed = parse(url);
  const schema = typeof parsed.schema === "string" && parsed.schema !== "" ? parsed.schema : undefined;
  /** @type {import("pg").ClientConfig} */
  const config = {
    host: parsed.host || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user || undefined,
    password: parsed.password || undefined,
    database: parsed.database || "postgres",
    ssl: parsed.ssl,
    options: parsed.options || undefined,
    application_name: parsed.application_name || "prisma-schema-engine-wasm",
    connectionTimeoutMillis: secondsToMs(parsed.connect_timeout, 5),
  };
  const where = `${config.host}:${config.port}`;
  return { provider: "postgres", config, schema, label: `${config.database} at ${where}` };
}

/** @param {unknown} seconds @param {number} fallback */
function secondsToMs(seconds, fallback) {
  const n = Number(seconds);
  return Number.isFinite(n) && n > 0 ? n * 1000 : fallback * 1000;
}

/**
 * The effective schema of a PostgreSQL target (Prisma's default is `public`).
 * @param {PostgresTarget} target
 */
export function schemaOf(target) {
  return target.schema ?? "public";
}

/** @param {string} identifier */
export function quoteIdent(identifier) {
  return `"${identifier.replace(/"/g, '""')}"`;
}
