/**
 * Owns the WASM schema engine for one CLI session: starts it lazily over the right driver
 * adapter, forwards each JSON-RPC method to it, and applies the workarounds that make the WASM
 * engine answer like the native one (faults 2, 3, 4 and 10 in README.md).
 */
import { readFileSync, rmSync } from "node:fs";
import { createAdapterFactory } from "./adapters/index.mjs";
import { createDatabase } from "./database-commands.mjs";
import { parseDatasourceUrl } from "./datasource.mjs";
import { isEnginePanic, methodNotFound } from "./errors.mjs";

/**
 * @typedef {import("@prisma/schema-engine-wasm").SchemaEngine} SchemaEngine
 * @typedef {{ engine: SchemaEngine, adapters: import("./adapters/index.mjs").AdapterFactory }} Running
 */

/** Methods the CLI may call that the WASM engine implements under the same name. */
const FORWARDED = new Set([
  "applyMigrations",
  "dbExecute",
  "ensureConnectionValidity",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "schemaPush",
]);

export class EngineHost {
  /** @type {Promise<Running> | undefined} */
  #running;

  /**
   * @param {{
   *   wasm: import("./wasm.mjs").WasmModule,
   *   datasource: import("./args.mjs").Datasource | undefined,
   *   datamodels: string[],
   *   log: (line: string) => void,
   *   print: (content: string) => Promise<unknown>,
   * }} options
   */
  constructor(options) {
    this.options = options;
  }

  /**
   * @param {string} method
   * @param {any} params
   */
  async call(method, params) {
    try {
      return await this.#dispatch(method, params);
    } catch (error) {
      if (isEnginePanic(error)) await this.stop();
      throw error;
    }
  }

  /** @param {string} method @param {any} params */
  async #dispatch(method, params) {
    switch (method) {
      case "diff":
        return this.#diff(params);
      case "reset":
        return this.#reset(params);
      case "devDiagnostic":
      case "diagnoseMigrationHistory":
        return this.#diagnose(method, params);
      case "evaluateDataLoss":
      case "createMigration":
        return this.#fromMigrationHistory(method, params);
      case "getDatabaseVersion":
      case "version":
        return (await this.#engine()).version(params ?? undefined);
      case "createDatabase":
        return { databaseName: await createDatabase(this.#targetOf(params?.datasource)) };
      case "debugPanic":
        return (await this.#engine()).debugPanic();
      default: {
        if (!FORWARDED.has(method)) throw methodNotFound(method);
        const engine = /** @type {any} */ (await this.#engine());
        return engine[method](params);
      }
    }
  }

  /**
   * Fault 4: the WASM engine returns the diff text in `result.stdout`, whereas the CLI expects
   * the engine to send it a `print` request (which it writes to stdout or to --output).
   * @param {any} params
   */
  async #diff(params) {
    const { exitCode, stdout } = await (await this.#engine()).diff(params);
    // The CLI appends its own newline to what it prints.
    if (stdout != null && stdout !== "") await this.options.print(stdout.replace(/\n$/, ""));
    return { exitCode };
  }

  /**
   * Fault 2: on a database without `_prisma_migrations` the WASM engine fails these two
   * diagnostics with P1014 instead of reporting an empty history. Applying an empty migration
   * list creates the table (and nothing else); the retry then answers as the native engine does.
   * That apply refuses a database that has tables but no history (P3005, e.g. after `db push`):
   * then the answer is the native one for an unmanaged database.
   * @param {"devDiagnostic" | "diagnoseMigrationHistory"} method
   * @param {any} params
   */
  async #diagnose(method, params) {
    const engine = await this.#engine();
    try {
      return await engine[method](params);
    } catch (error) {
      if (errorCode(error) !== "P1014") throw error;
    }
    try {
      const emptyList = { ...params.migrationsList, migrationDirectories: [] };
      await engine.applyMigrations({ migrationsList: emptyList, filters: params.filters });
    } catch (error) {
      if (errorCode(error) !== "P3005") throw error;
      return unmanagedDatabase(method, params.migrationsList);
    }
    return engine[method](params);
  }

  /**
   * Fault 10: these two read the schema of the migration history from the engine's cache, and on
   * a miss replay the migrations without the adapter's shadow database ("SQLite/PostgreSQL shadow
   * DB must be provided through an external factory"). diagnoseMigrationHistory does use the
   * shadow database and fills that cache for the same migrations, provided they are all applied,
   * which `migrate dev` makes sure of before calling these.
   * @param {"evaluateDataLoss" | "createMigration"} method
   * @param {any} params
   */
  async #fromMigrationHistory(method, params) {
    const engine = /** @type {any} */ (await this.#engine());
    try {
      return await engine[method](params);
    } catch (error) {
      if (!isMissingShadowFactory(error)) throw error;
      await engine.diagnoseMigrationHistory({
        migrationsList: params.migrationsList,
        optInToShadowDatabase: true,
        filters: params.filters,
      });
    }
    try {
      return await engine[method](params);
    } catch (error) {
      if (!isMissingShadowFactory(error)) throw error;
      throw new Error(
        `${method} needs every migration applied to the database first: run \`prisma migrate deploy\` (or \`prisma migrate dev\`)`,
      );
    }
  }

  /**
   * Fault 3: the WASM engine's reset on SQLite deletes the rows but keeps tables, indexes and the
   * migration table. As the native engine does, the database file itself is deleted instead, and
   * a fresh engine starts on a new, empty file.
   * @param {any} params
   */
  async #reset(params) {
    const target = this.#targetOf(undefined);
    if (target.provider !== "sqlite") return (await this.#engine()).reset(params);
    await this.stop();
    for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(target.file + suffix, { force: true });
    await createDatabase(target);
    return {};
  }

  /**
   * Closes every connection the engine had (shadow databases are dropped) and frees the engine.
   * @param {{ free?: boolean }} [options] `free: false` when a call may still be running (on
   *   SIGTERM): freeing the engine under it panics, and the process exits anyway.
   */
  async stop({ free = true } = {}) {
    const running = this.#running;
    this.#running = undefined;
    if (!running) return;
    const { engine, adapters } = await running.catch(() => ({ engine: undefined, adapters: undefined }));
    try {
      if (free) engine?.free();
    } catch {
      /* already freed after a panic */
    }
    const failures = (await adapters?.closeAll()) ?? [];
    for (const failure of failures) this.options.log(`closing a connection failed: ${failure}`);
  }

  async #engine() {
    return (await this.#start()).engine;
  }

  #start() {
    this.#running ??= this.#launch().catch((error) => {
      this.#running = undefined;
      throw error;
    });
    return this.#running;
  }

  /** @returns {Promise<Running>} */
  async #launch() {
    const datamodels = this.options.datamodels.map(
      (file) => /** @type {[string, string]} */ ([file, readFileSync(file, "utf8")]),
    );
    const adapters = await createAdapterFactory(this.options.datasource);
    try {
      const engine = await this.options.wasm.SchemaEngine.new(
        { datamodels: datamodels.length > 0 ? datamodels : undefined },
        (/** @type {string} */ line) => this.options.log(line),
        adapters.bound,
      );
      return { engine, adapters };
    } catch (error) {
      await adapters.closeAll();
      throw error;
    }
  }

  /** @param {{ tag?: string, url?: string } | undefined} datasource */
  #targetOf(datasource) {
    const url =
      datasource?.tag === "ConnectionString" && datasource.url
        ? datasource.url
        : this.options.datasource?.url;
    if (!url) throw new Error("no datasource URL: set datasource.url in prisma.config.ts");
    return parseDatasourceUrl(url);
  }
}

/** @param {unknown} error */
function isMissingShadowFactory(error) {
  return /shadow DB must be provided through an external factory/.test(
    String(/** @type {Error} */ (error)?.message),
  );
}

/** @param {unknown} error */
function errorCode(error) {
  return /** @type {{ code?: unknown }} */ (error)?.code;
}

/**
 * What the native engine reports for a database that has tables but no migration history.
 * @param {"devDiagnostic" | "diagnoseMigrationHistory"} method
 * @param {{ migrationDirectories: { path: string }[] }} migrationsList
 */
function unmanagedDatabase(method, migrationsList) {
  if (method === "devDiagnostic") {
    return {
      action: {
        tag: "reset",
        reason: "The database is not empty but has no migration history (no `_prisma_migrations` table).",
      },
    };
  }
  const names = migrationsList.migrationDirectories.map((directory) => directory.path);
  return {
    editedMigrationNames: [],
    failedMigrationNames: [],
    hasMigrationsTable: false,
    history: names.length > 0 ? { diagnostic: "databaseIsBehind", unappliedMigrationNames: names } : null,
  };
}
