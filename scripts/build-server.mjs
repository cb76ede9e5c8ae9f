// Compiles the front door (server/index.ts and the lib modules it uses) into dist/server.js.
// npm packages stay external: they load from node_modules exactly as Next's own server loads them.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const started = performance.now();
await build({
  entryPoints: [path.join(root, "server/index.ts")],
  outfile: path.join(root, "dist/server.js"),
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  alias: { "@": root },
  sourcemap: true,
  logLevel: "warning",
  tsconfig: path.join(root, "tsconfig.json"),
});
let commit = null;
try {
  commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, stdio: ["ignore", "pipe", "ignore"] })
    .toString()
    .trim();
} catch {
  // not a git checkout: the start script then trusts the existing build
}
writeFileSync(
  path.join(root, "dist/build-info.json"),
  JSON.stringify({ commit, builtAt: new Date().toISOString() }) + "\n",
);
console.info(`server built into dist/server.js in ${Math.round(performance.now() - started)} ms`);
