// The npm registry reachable from these machines lacks some platform-specific optional packages (for example
// @next/swc-darwin-arm64). `npm install` skips them, but then package-lock.json has no entry for them, and
// `npm ci` refuses a lock file that does not list every dependency. This adds the missing entries, marked
// optional with the os/cpu their names declare, so `npm ci` skips them on Linux x64 exactly as it would
// with a complete lock file. Run after every `npm install`; tests/unit/lockfile.test.ts checks it was.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const PLATFORMS = [
  [/android-arm64/, { os: ["android"], cpu: ["arm64"] }],
  [/darwin-arm64/, { os: ["darwin"], cpu: ["arm64"] }],
  [/darwin-x64/, { os: ["darwin"], cpu: ["x64"] }],
  [/freebsd-x64/, { os: ["freebsd"], cpu: ["x64"] }],
  [/linux-arm-gnueabihf/, { os: ["linux"], cpu: ["arm"] }],
  [/linux-arm64/, { os: ["linux"], cpu: ["arm64"] }],
  [/wasm32/, { cpu: ["wasm32"] }],
  [/win32-arm64/, { os: ["win32"], cpu: ["arm64"] }],
  [/win32-ia32/, { os: ["win32"], cpu: ["ia32"] }],
  [/win32-x64/, { os: ["win32"], cpu: ["x64"] }],
];

/** Returns the names of optional dependencies that the lock references but does not list. */
export function missingOptionalEntries(lock) {
  const missing = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const nested = `${key ? key + "/" : ""}node_modules/${name}`;
      if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`])
        missing.push({ name, version, parent: key });
    }
  }
  return missing;
}

function platformOf(name) {
  const hit = PLATFORMS.find(([pattern]) => pattern.test(name));
  if (!hit) throw new Error(`${name}: cannot tell its platform from its name; add it to PLATFORMS`);
  return hit[1];
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const file = path.resolve(import.meta.dirname, "../package-lock.json");
  const lock = JSON.parse(readFileSync(file, "utf8"));
  const missing = missingOptionalEntries(lock);
  for (const { name, version, parent } of missing) {
    const dev = lock.packages[parent]?.dev === true;
    lock.packages[`node_modules/${name}`] = {
      version,
      ...(dev ? { dev: true } : {}),
      optional: true,
      ...platformOf(name),
    };
  }
  lock.packages = Object.fromEntries(
    Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
  );
  writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
  console.info(
    missing.length
      ? `added ${missing.length} entries: ${missing.map((m) => m.name).join(", ")}`
      : "lock file complete",
  );
}
