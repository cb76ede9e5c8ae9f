/** Applies the committed migrations with the stock Prisma CLI (`prisma migrate deploy`) before serving. */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { DatabaseTarget } from "@/lib/database-url";

export async function applyMigrations(
  root: string,
  target: DatabaseTarget,
  log: (line: string) => void,
): Promise<void> {
  if (target.file) mkdirSync(path.dirname(target.file), { recursive: true });
  const started = performance.now();
  const cli = path.join(root, "node_modules/prisma/build/index.js");
  const output: string[] = [];
  const code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [cli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (d: Buffer) => output.push(d.toString()));
    child.stderr.on("data", (d: Buffer) => output.push(d.toString()));
    child.on("error", reject);
    child.on("exit", (c) => resolve(c ?? 1));
  });
  const text = output.join("");
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${text}`);
  // `migrate deploy` lists what it applied as lines like `└─ 20261123164028_init/`.
  const applied = [...text.matchAll(/(\d{14}_[\w-]+)\//g)].map((m) => m[1]);
  const ms = Math.round(performance.now() - started);
  log(
    applied.length
      ? `Database migrated in ${ms} ms: applied ${applied.join(", ")}`
      : `Database schema is up to date (${ms} ms).`,
  );
}
