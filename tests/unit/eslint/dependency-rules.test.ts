/**
 * The architecture's dependency rules are ESLint rules; these tests prove that each one fires, by linting
 * small snippets as if they lived at the guarded paths.
 */
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const eslint = new ESLint({ cwd: root });

async function ruleIds(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe("pure modules (lib/gateway, lib/pricing, lib/exam)", () => {
  it.each(["lib/gateway/pipeline/x.ts", "lib/pricing/x.ts", "lib/exam/x.ts"])(
    "%s may not import node:, next, react or Prisma",
    async (file) => {
      for (const source of ["node:fs", "next/server", "react", "@prisma/client", "@/app/page"]) {
        expect(await ruleIds(`import x from "${source}";\nexport default x;\n`, file)).toContain(
          "no-restricted-imports",
        );
      }
    },
  );

  it("lib/gateway may not import another lib module but may import itself", async () => {
    expect(
      await ruleIds(`import { db } from "@/lib/db";\nexport default db;\n`, "lib/gateway/x.ts"),
    ).toContain("no-restricted-imports");
    expect(
      await ruleIds(`import { a } from "@/lib/gateway/ports";\nexport default a;\n`, "lib/gateway/x.ts"),
    ).not.toContain("no-restricted-imports");
  });

  it("lib/gateway may not read process, Buffer, window or fetch, nor call Date.now or Math.random", async () => {
    const ids = await ruleIds(
      `export const a = process.env.X;\nexport const b = Buffer.from("x");\nexport const c = fetch;\nexport const d = Date.now();\nexport const e = Math.random();\n`,
      "lib/gateway/x.ts",
    );
    expect(ids.filter((i) => i === "no-restricted-globals")).toHaveLength(3);
    expect(ids.filter((i) => i === "no-restricted-properties")).toHaveLength(2);
  });
});

describe("database access", () => {
  it("only lib/db.ts and lib/data/** may use the Prisma client", async () => {
    const code = `import { db } from "@/lib/db";\nexport default db;\n`;
    expect(await ruleIds(code, "app/page.tsx")).toContain("no-restricted-imports");
    expect(await ruleIds(code, "lib/data/users.ts")).not.toContain("no-restricted-imports");
  });

  it("client components may not import lib/data, lib/db or lib/auth", async () => {
    const code = `"use client";\nimport { auth } from "@/lib/auth";\nexport default auth;\n`;
    expect(await ruleIds(code, "app/_components/x.tsx")).toContain("gatewise/no-server-imports-in-client");
    const server = `import { auth } from "@/lib/auth";\nexport default auth;\n`;
    expect(await ruleIds(server, "app/_components/x.tsx")).not.toContain(
      "gatewise/no-server-imports-in-client",
    );
  });
});
