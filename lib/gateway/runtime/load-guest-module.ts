/**
 * The ES module loader of an execution environment: `import` (static or dynamic) resolves only the built-in shims.
 * Anything else fails with Node's ERR_MODULE_NOT_FOUND wording: "Cannot find package 'fs' imported from
 * /var/task/index.mjs" for a bare name, "Cannot find module '/var/task/util.mjs' imported from ..." for a path.
 * Node's own built-ins (fs, http, child_process...) are deliberately absent: the sandbox has no host to reach.
 * @see https://nodejs.org/docs/latest-v20.x/api/errors.html#err_module_not_found
 */
import type { JSModuleLoader, JSModuleNormalizer } from "quickjs-emscripten";
import { toBuiltinEsmSource } from "./builtin-modules";

export interface GuestModuleLoader {
  readonly load: JSModuleLoader;
  readonly normalize: JSModuleNormalizer;
}

export function createGuestModuleLoader(importerFileName: string): GuestModuleLoader {
  return {
    normalize: (_base, requested) => requested,
    load: (name) => {
      const source = toBuiltinEsmSource(name);
      if (source !== undefined) return source;
      throw new Error(toModuleNotFoundMessage(name, importerFileName));
    },
  };
}

export function toModuleNotFoundMessage(name: string, importerFileName: string): string {
  if (name.startsWith("./") || name.startsWith("../") || name.startsWith("/")) {
    const path = name.startsWith("/") ? name : `/var/task/${name.replace(/^(\.\.?\/)+/, "")}`;
    return `Cannot find module '${path}' imported from ${importerFileName}`;
  }
  return `Cannot find package '${name}' imported from ${importerFileName}`;
}
