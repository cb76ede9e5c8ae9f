/**
 * Picks the driver adapter for a datasource and binds it the way the WASM engine expects
 * (errors captured in the adapter's registry, results wrapped in ok/err).
 */
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { DatasourceError, parseDatasourceUrl, schemaOf } from "../datasource.mjs";

/**
 * @typedef {{
 *   target: import("../datasource.mjs").Target,
 *   bound: object,
 *   closeAll: () => Promise<unknown[]>,
 * }} AdapterFactory
 */

/**
 * @param {import("../args.mjs").Datasource | undefined} datasource
 * @returns {Promise<AdapterFactory>}
 */
export async function createAdapterFactory(datasource) {
  if (!datasource?.url) {
    throw new DatasourceError("no datasource URL: set datasource.url in prisma.config.ts");
  }
  const target = parseDatasourceUrl(datasource.url);
  if (target.provider === "sqlite") {
    // A SQLite shadow database is always in memory, as with the native engine: a configured
    // shadowDatabaseUrl is not used.
    const { createSqliteAdapterFactory } = await import("./sqlite.mjs");
    const factory = createSqliteAdapterFactory(target);
    return { target, bound: bindMigrationAwareSqlAdapterFactory(factory), closeAll: factory.closeAll };
  }
  const shadow = datasource.shadowDatabaseUrl
    ? explicitShadow(target, datasource.shadowDatabaseUrl)
    : undefined;
  const { createPostgresAdapterFactory } = await import("./postgres.mjs");
  const factory = createPostgresAdapterFactory(target, shadow);
  return { target, bound: bindMigrationAwareSqlAdapterFactory(factory), closeAll: factory.closeAll };
}

/**
 * A configured shadow database must be another database; the replay happens in the main
 * target's schema there, because the engine compares it with the schema file under that name.
 * @param {import("../datasource.mjs").PostgresTarget} main
 * @param {string} url
 * @returns {import("../datasource.mjs").PostgresTarget}
 */
function explicitShadow(main, url) {
  const shadow = parseDatasourceUrl(url);
  if (shadow.provider !== "postgres") {
    throw new DatasourceError(
      "shadowDatabaseUrl must be a postgresql:// URL when the datasource is PostgreSQL",
    );
  }
  const { host, port, database } = shadow.config;
  if (host === main.config.host && port === main.config.port && database === main.config.database) {
    throw new DatasourceError(
      "the shadow database is the main database: point SHADOW_DATABASE_URL at another database (it is wiped on each use)",
    );
  }
  if (shadow.schema && shadow.schema !== schemaOf(main)) {
    throw new DatasourceError(
      `SHADOW_DATABASE_URL's ?schema=${shadow.schema} differs from the datasource's schema "${schemaOf(main)}": ` +
        "the replay must use the same schema name (leave ?schema= out of SHADOW_DATABASE_URL)",
    );
  }
  return { ...shadow, schema: main.schema };
}
