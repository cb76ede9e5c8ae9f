/**
 * PostgreSQL for the WASM schema engine: @prisma/adapter-pg, with the shadow database managed
 * here rather than by the adapter. Each workaround below is one of the faults listed in README.md.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { quoteIdent, schemaOf } from "../datasource.mjs";
import { onShutdown } from "../shutdown.mjs";
import { createConnectionTracker } from "./tracking.mjs";

/** @typedef {import("../datasource.mjs").PostgresTarget} PostgresTarget */

const CHAR_OID = 18;
const TEXT_OID = 25;

/**
 * Fault 5: the engine's introspection reads catalog columns of Postgres' internal `"char"` type
 * (oid 18, e.g. pg_constraint.contype), which adapter-pg refuses as an unsupported native type.
 * Its values arrive as one-character strings, so they are reported as text (oid 25).
 */
class CharAsTextClient extends pg.Client {
  /** @param {any[]} args */
  query(...args) {
    /** @type {(...args: any[]) => any} */
    const query = super.query.bind(this);
    const callbackAt = args.findIndex((arg) => typeof arg === "function");
    if (callbackAt >= 0) {
      const callback = args[callbackAt];
      args[callbackAt] = (/** @type {unknown} */ error, /** @type {any} */ result) =>
        callback(error, error ? result : retypeChar(result));
      return query(...args);
    }
    const out = query(...args);
    return out && typeof out.then === "function" ? out.then(retypeChar) : out;
  }
}

/** @param {any} result one result, or an array of them for multi-statement queries */
function retypeChar(result) {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) {
      if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

/**
 * Connection settings for pg. Fault 6: the target is passed as discrete fields and never as a
 * `connectionString`, which pg would let override `database` (adapter-pg's shadow database would
 * then be the main database). Fault 8: with `?schema=x` the engine emits unqualified DDL, so the
 * connection's search_path must point at that schema.
 * @param {PostgresTarget} target
 * @returns {import("pg").PoolConfig}
 */
export function poolConfig(target) {
  const searchPath = target.schema ? `-c search_path=${escapeOption(quoteIdent(target.schema))}` : "";
  const options = [target.config.options, searchPath].filter(Boolean).join(" ") || undefined;
  return { ...target.config, options, Client: CharAsTextClient, max: 4 };
}

/** The libpq `options` string splits on spaces unless they are backslash-escaped. */
function escapeOption(/** @type {string} */ value) {
  return value.replace(/[\\\s]/g, (c) => `\\${c}`);
}

/**
 * @param {PostgresTarget} main
 * @param {PostgresTarget | undefined} shadow an explicit shadow database (SHADOW_DATABASE_URL)
 */
export function createPostgresAdapterFactory(main, shadow) {
  const connections = createConnectionTracker();
  return {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    connect: async () => connections.track(await connectTo(main)),
    connectToShadowDb: async () =>
      connections.track(shadow ? await connectToExplicitShadow(shadow) : await createShadowDatabase(main)),
    closeAll: () => connections.closeAll(),
  };
}

/** @param {PostgresTarget} target */
async function connectTo(target) {
  const adapter = /** @type {any} */ (
    await new PrismaPg(poolConfig(target), { schema: target.schema }).connect()
  );
  return withWholeScripts(adapter);
}

/**
 * Fault 9: adapter-pg's executeScript splits the script on every `;`, which breaks a migration
 * holding a semicolon inside a string, a comment or a function body. The native engine sends the
 * script whole over the simple query protocol, which runs several statements; so does this.
 * @param {any} adapter
 */
function withWholeScripts(adapter) {
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

/**
 * Fault 7: adapter-pg's own shadow database is dropped before its pool is closed, so the DROP
 * fails (the database is in use) and the database stays behind. Here: create it, and on dispose
 * close its pool first and drop it afterwards; a shutdown hook drops it if the engine never does.
 * @param {PostgresTarget} main
 */
async function createShadowDatabase(main) {
  const database = `prisma_migrate_shadow_db_${randomUUID().replace(/-/g, "_")}`;
  await runAdmin(main, `CREATE DATABASE ${quoteIdent(database)}`);
  const drop = once(() => dropDatabase(main, database));
  const cancelShutdownDrop = onShutdown(drop);
  try {
    const target = { ...main, config: { ...main.config, database } };
    const adapter = await connectTo(target);
    if (main.schema) await adapter.executeScript(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(main.schema)}`);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await drop();
      cancelShutdownDrop();
    };
    return adapter;
  } catch (error) {
    await drop().catch(() => {});
    cancelShutdownDrop();
    throw error;
  }
}

/**
 * A configured shadow database is reset before each use, like the native engine does: its schema
 * is dropped and created again, so no state from an earlier run leaks into the replay.
 * @param {PostgresTarget} shadow
 */
async function connectToExplicitShadow(shadow) {
  const adapter = await connectTo(shadow);
  const schema = quoteIdent(schemaOf(shadow));
  await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema}`);
  return adapter;
}

/**
 * FORCE ends connections still open on it (after SIGTERM the engine's may be); PostgreSQL
 * before 13 does not know FORCE (syntax error 42601) and gets the plain DROP.
 * @param {PostgresTarget} main
 * @param {string} database
 */
async function dropDatabase(main, database) {
  const drop = `DROP DATABASE IF EXISTS ${quoteIdent(database)}`;
  try {
    await runAdmin(main, `${drop} WITH (FORCE)`);
  } catch (error) {
    if (/** @type {any} */ (error)?.cause?.code !== "42601") throw error;
    await runAdmin(main, drop);
  }
}

/**
 * Runs one statement on a short-lived connection to the main database (CREATE/DROP DATABASE
 * cannot run inside the engine's connections, and the shadow database must not be in use).
 * @param {PostgresTarget} target
 * @param {string} sql
 */
async function runAdmin(target, sql) {
  const client = new pg.Client(target.config);
  try {
    await client.connect();
    await client.query(sql);
  } catch (error) {
    throw asAdapterError(error);
  } finally {
    await client.end().catch(() => {});
  }
}

/** @param {any} error */
function asAdapterError(error) {
  if (typeof error?.code === "string" && /^[0-9A-Z]{5}$/.test(error.code)) {
    return new DriverAdapterError({
      kind: "postgres",
      code: error.code,
      severity: error.severity ?? "ERROR",
      message: error.message,
      detail: error.detail,
      column: error.column,
      hint: error.hint,
    });
  }
  return error;
}

/**
 * @template T
 * @param {() => Promise<T>} fn
 * @returns {() => Promise<T>}
 */
function once(fn) {
  /** @type {Promise<T> | undefined} */
  let done;
  return () => (done ??= fn());
}
