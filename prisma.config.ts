/**
 * Prisma CLI configuration. The database (and with it the schema and the committed migrations)
 * is chosen from DATABASE_URL by lib/database-url.ts, the same resolver the app uses.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabase } from "./lib/database-url";

const root = import.meta.dirname;

// Prisma's CLI downloads its native schema engine before any command unless this names an
// executable; the shim forwards to the WASM engine instead, so nothing is fetched.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts/prisma-schema-engine/schema-engine.mjs");
// Nor does it call home: the CLI's update/telemetry check is off unless asked for.
process.env.CHECKPOINT_DISABLE ??= "1";

const database = resolveDatabase(process.env, root);

// SQLite creates the file but not its folder: `migrate deploy` on a fresh clone needs data/.
if (database.file) mkdirSync(path.dirname(database.file), { recursive: true });

export default defineConfig({
  schema: path.join(root, database.schemaPath),
  migrations: {
    path: path.join(root, database.migrationsPath),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: database.url,
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
