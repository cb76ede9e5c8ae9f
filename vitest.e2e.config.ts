import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// End-to-end: a production build in Debian's Chromium (playwright-core), one server for the whole run.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: [path.join(root, "tests/e2e/global-setup.ts")],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
