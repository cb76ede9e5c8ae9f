// `npm run test:e2e`: a production build driven in Debian's Chromium by playwright-core.
// Builds first when the build is missing or older than HEAD (E2E_REBUILD=1 forces a build).
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { ensureBuild, root } from "./lib/build-state.mjs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  console.error(
    `Chromium was not found at ${chromium}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
ensureBuild({ force: process.env.E2E_REBUILD === "1" });
const result = spawnSync(
  "npx",
  ["vitest", "run", "--config", "vitest.e2e.config.ts", ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
