/**
 * SQLite for the WASM schema engine: @prisma/adapter-better-sqlite3 on the database file, and an
 * in-memory database as the shadow database (nothing on disk to clean up; gone when closed).
 */
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { createConnectionTracker } from "./tracking.mjs";

/**
 * @param {import("../datasource.mjs").SqliteTarget} target
 */
export function createSqliteAdapterFactory(target) {
  const main = new PrismaBetterSqlite3({ url: target.file });
  const shadow = new PrismaBetterSqlite3({ url: ":memory:" });
  const connections = createConnectionTracker();
  /** @param {any} adapter */
  const prepare = (adapter) => connections.track(withScriptFallback(adapter));
  return {
    provider: /** @type {const} */ ("sqlite"),
    adapterName: main.adapterName,
    connect: async () => prepare(await main.connect()),
    connectToShadowDb: async () => prepare(await shadow.connect()),
    closeAll: () => connections.closeAll(),
  };
}

/**
 * Fault 1: when replaying migrations into the shadow database the engine sends a whole
 * migration.sql through `executeRaw`, and better-sqlite3's prepare() accepts one statement only
 * ("The supplied SQL string contains more than one statement"). A query without parameters can
 * safely run as a script instead. Applies to transactions too (same connection).
 * @template {{ client: { exec(sql: string): unknown }, executeRaw: Function, startTransaction?: Function }} T
 * @param {T} queryable
 * @returns {T}
 */
function withScriptFallback(queryable) {
  const executeRaw = queryable.executeRaw.bind(queryable);
  queryable.executeRaw = async (/** @type {{ sql: string, args: unknown[] }} */ query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
      queryable.client.exec(query.sql);
      return 0;
    }
  };
  const startTransaction = queryable.startTransaction?.bind(queryable);
  if (startTransaction) {
    queryable.startTransaction = async (/** @type {unknown[]} */ ...args) =>
      withScriptFallback(await startTransaction(...args));
  }
  return queryable;
}

/** @param {unknown} error */
function isMultiStatementError(error) {
  return error instanceof RangeError && /more than one statement/i.test(error.message);
}
