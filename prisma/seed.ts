/**
 * `prisma db seed` / `npm run db:seed` (and `prisma migrate reset`): the demo accounts, for the embedded
 * SQLite default or when SEED_DEMO=true. Safe to run any number of times.
 */
import { resolveDatabase } from "../lib/database-url";
import { ensureDemoAccounts, shouldSeedDemo } from "../lib/data/seed";
import { disconnectDb } from "../lib/db";
import { env } from "../lib/env";

const target = resolveDatabase();
if (!shouldSeedDemo(target.embeddedDefault, env().SEED_DEMO)) {
  console.info(
    "Seed: skipped demo accounts (not the embedded SQLite default; set SEED_DEMO=true to create them).",
  );
} else {
  const created = await ensureDemoAccounts();
  console.info(
    created.length ? `Seed: created ${created.join(", ")}` : "Seed: demo accounts already present.",
  );
}
await disconnectDb();
