// Whether the production build (.next + dist/server.js) was made from the current commit, and a way to make one.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../..");

export function currentCommit() {
  try {
    return execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
      .toString()
      .trim();
  } catch {
    return null;
  }
}

/** True when a build exists and was made at HEAD (or when there is no git to compare with). */
export function buildIsCurrent() {
  const info = path.join(root, "dist/build-info.json");
  if (!existsSync(path.join(root, ".next/BUILD_ID")) || !existsSync(path.join(root, "dist/server.js")))
    return false;
  if (!existsSync(info)) return false;
  const built = JSON.parse(readFileSync(info, "utf8")).commit;
  const head = currentCommit();
  return !head || !built || head === built;
}

/** Builds unless the build is current (or `force`); exits the process when the build fails. */
export function ensureBuild({ force = false, reason = "No production build for this commit" } = {}) {
  if (!force && buildIsCurrent()) return;
  console.info(`[gatewise] ${reason}: building first (about a minute)...`);
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
