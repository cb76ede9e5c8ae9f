/**
 * The runtime runs one file: its module loader resolves only the built-in shims (AWS SDK v3 clients, `crypto`),
 * never another file of the package (lib/gateway/runtime/load-guest-module.ts). A handler that imports a file or a
 * bundled package it ships would fail in ways Lambda never shows, so the upload is refused with the reason. An
 * import of something the package does not contain is left alone: the runtime reports it at Init as Lambda does.
 */
import { toBuiltinEsmSource } from "../runtime/builtin-modules";
import type { FunctionPackage } from "./function-record";
import { InvalidParameterValueException } from "./lambda-api-errors";

/** `import ... from "x"`, `export ... from "x"`, `import "x"`, `import("x")` and `require("x")`. */
const SPECIFIERS =
  /\b(?:import|export)\s[^;'"`]*?\bfrom\s*(['"])([^'"\n]+)\1|\bimport\s*\(\s*(['"])([^'"\n]+)\3\s*\)|\brequire\s*\(\s*(['"])([^'"\n]+)\5\s*\)|\bimport\s*(['"])([^'"\n]+)\7/g;
const RESOLVED_SUFFIXES = ["", ".js", ".mjs", ".cjs", ".json", "/index.js", "/index.mjs", "/index.cjs"];

export function assertHandlerRunsAlone(pkg: FunctionPackage, fileName: string, code: string): void {
  for (const match of code.matchAll(SPECIFIERS)) {
    const specifier = match[2] ?? match[4] ?? match[6] ?? match[8];
    if (specifier === undefined) continue;
    const packaged = findPackagedTarget(pkg, fileName, specifier);
    if (packaged === undefined) continue;
    throw new InvalidParameterValueException(
      `The handler file ${fileName} imports '${specifier}', which is ${packaged} in the deployment package. ` +
        "This simulator runs the handler's file alone (its module loader resolves only the built-in AWS SDK " +
        "clients and crypto): bundle the function into one file, for example with esbuild, and upload that.",
    );
  }
}

/** How the package holds what `specifier` names (`the file src/util.js`, `the package uuid`), if it does. */
function findPackagedTarget(pkg: FunctionPackage, fileName: string, specifier: string): string | undefined {
  if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) {
    const path = resolvePath(fileName, specifier);
    const file = RESOLVED_SUFFIXES.map((suffix) => `${path}${suffix}`).find(
      (c) => pkg.files[c] !== undefined,
    );
    return file === undefined ? undefined : `the file ${file}`;
  }
  const bare = specifier.replace(/^node:/, "");
  if (toBuiltinEsmSource(bare) !== undefined || toBuiltinEsmSource(specifier) !== undefined) return undefined;
  const parts = bare.split("/");
  const name = bare.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? bare);
  return pkg.packages.includes(name) ? `the package ${name} (node_modules)` : undefined;
}

/** `src/app.js` + `../lib/util` → `lib/util`; `/var/task/x` → `x`. */
function resolvePath(fileName: string, specifier: string): string {
  const base = specifier.startsWith("/") ? [] : fileName.split("/").slice(0, -1);
  const relative = specifier.startsWith("/var/task/") ? specifier.slice("/var/task/".length) : specifier;
  const parts = [...base];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
