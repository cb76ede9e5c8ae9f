/** What happens before the first request: environment, secret, migrations, demo accounts. */
import nextEnv from "@next/env";
import { resolveDatabase } from "@/lib/database-url";
import { ensureDemoAccounts, shouldSeedDemo } from "@/lib/data/seed";
import { tuneSqlite } from "@/lib/data/database";
import { env } from "@/lib/env";
import { ensureAuthSecret } from "./auth-secret";
import { applyMigrations } from "./migrate";

export function log(line: string): void {
  console.info(`[gatewise] ${line}`);
}

export async function boot(root: string, dev: boolean): Promise<void> {
  // @next/env is CommonJS: its named exports are not visible to Node's ESM loader.
  nextEnv.loadEnvConfig(root, dev, { info: () => {}, error: console.error });
  process.env.AUTH_TRUST_HOST ??= "true";
  // Nothing leaves this machine but what the user asked for: no usage telemetry to Vercel.
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  ensureAuthSecret(root, log);
  const settings = env();
  const target = resolveDatabase(process.env, root);
  log(`Database: ${target.kind}${target.embeddedDefault ? ` (embedded default, ${target.file})` : ""}`);
  if (settings.GATEWISE_AUTO_MIGRATE) await applyMigrations(root, target, log);
  if (target.kind === "sqlite") await tuneSqlite();
  if (shouldSeedDemo(target.embeddedDefault, settings.SEED_DEMO)) {
    const created = await ensureDemoAccounts();
    if (created.length) log(`Created demo accounts: ${created.join(", ")} (passwords in README).`);
  }
}
