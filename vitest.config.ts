import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = { alias: { "@": root } };
// next-auth imports "next/server" without an extension, which Node's ESM loader cannot resolve (next has no
// exports map); letting Vite process it resolves the import as Next's own bundler does.
const server = { deps: { inline: ["next-auth", "@auth/core"] } };

const integration = (kind: "sqlite" | "postgresql") => ({
  resolve,
  test: {
    name: `integration:${kind}`,
    include: ["tests/integration/**/*.test.ts"],
    environment: "node",
    server,
    globalSetup: [path.join(root, "tests/helpers/database-global-setup.ts")],
    setupFiles: [path.join(root, "tests/helpers/database-setup.ts")],
    env: { GATEWISE_TEST_DB: kind },
    // One shared database per project: files run one after another so global facts (the last admin) hold.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
          server,
          testTimeout: 20_000,
        },
      },
      integration("sqlite"),
      // PostgreSQL runs too when TEST_DATABASE_URL points at a server (CI starts a throwaway one).
      ...(process.env.TEST_DATABASE_URL ? [integration("postgresql")] : []),
    ],
  },
});
