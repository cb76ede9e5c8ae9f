// ESLint flat config. The architecture's dependency rules (../shared/design/ARCHITECTURE.md) are
// enforced here, not only by habit: see the "pure modules" and "database access" blocks below.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import gatewise from "./eslint-rules/no-server-imports-in-client.js";

const PURE_MODULE_IMPORTS = [
  { group: ["node:*"], message: "Pure module: no Node built-ins. Take I/O through ports." },
  {
    group: ["next", "next/*", "react", "react-dom", "react/*"],
    message: "Pure module: no framework imports.",
  },
  { group: ["@prisma/*", "**/generated/prisma/**"], message: "Pure module: no database access." },
  { group: ["@/app/*", "**/app/*"], message: "Pure module: the UI imports the engine, never the reverse." },
];

const pureGlobals = (extra = []) => [
  { name: "process", message: "Pure module: no process. Pass configuration in." },
  { name: "Buffer", message: "Pure module: use Uint8Array / TextEncoder." },
  { name: "window", message: "Pure module: runs in the browser and in Node alike." },
  { name: "document", message: "Pure module: runs in the browser and in Node alike." },
  { name: "fetch", message: "Pure module: outbound I/O goes through the Transport port." },
  ...extra,
];

const pureProperties = [
  { object: "Date", property: "now", message: "Pure module: take time from the Clock port." },
  { object: "Math", property: "random", message: "Pure module: take randomness from the Random port." },
];

const pureOtherLib = (self) => ({
  group: ["@/lib/*", "!@/lib/" + self, "!@/lib/" + self + "/**"],
  message: `lib/${self} is pure: it imports only itself and pure packages.`,
});

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "dist/**",
      "generated/**",
      "data/**",
      "coverage/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks, gatewise },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "gatewise/no-server-imports-in-client": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": ["warn", { allow: ["warn", "error", "info"] }],
    },
  },
  // Database access: only lib/db.ts creates the Prisma client; only lib/data/** queries it.
  {
    files: ["**/*.{ts,tsx}"],
    ignores: ["lib/db.ts", "lib/data/**", "tests/**", "prisma/**", "scripts/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/lib/db", "**/lib/db"], message: "Only lib/data/** may use the Prisma client." },
            {
              group: ["**/generated/prisma/**", "@prisma/client"],
              message: "Only lib/db.ts and lib/data/** may touch Prisma.",
            },
          ],
        },
      ],
    },
  },
  // Pure modules: the engine, pricing and exam maths run unchanged in the browser and in Node.
  ...["gateway", "pricing", "exam"].map((self) => ({
    files: [`lib/${self}/**/*.{ts,tsx}`],
    ignores: [`lib/${self}/**/*.test.ts`],
    rules: {
      "no-restricted-imports": ["error", { patterns: [...PURE_MODULE_IMPORTS, pureOtherLib(self)] }],
      "no-restricted-globals": ["error", ...pureGlobals()],
      "no-restricted-properties": ["error", ...pureProperties],
    },
  })),
  {
    // Command-line tools print tables and progress.
    files: ["tests/bench/**", "scripts/**"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.{js,mjs}"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
