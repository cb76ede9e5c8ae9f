/**
 * Loads @prisma/schema-engine-wasm without `--experimental-wasm-modules`: its entry point does
 * `import * as wasm from "./schema_engine_bg.wasm"`, which plain Node 20/22 cannot import, so the
 * module is instantiated by hand with the wasm-bindgen glue as its import object.
 */
import { readFileSync } from "node:fs";

/** @typedef {typeof import("@prisma/schema-engine-wasm")} WasmModule */

/** @type {Promise<WasmModule> | undefined} */
let loaded;

/** @type {string | undefined} */
let panicMessage;

// The engine's panic hook reports the Rust panic message here; without this global a panic
// surfaces as a TypeError from the hook instead of the engine's error.
Object.assign(globalThis, {
  PRISMA_WASM_PANIC_REGISTRY: {
    set_message(/** @type {string} */ message) {
      panicMessage = message;
    },
  },
});

/** The message of the engine's last panic, once. */
export function takePanicMessage() {
  const message = panicMessage;
  panicMessage = undefined;
  return message;
}

/** @returns {Promise<WasmModule>} */
export function loadSchemaEngineWasm() {
  loaded ??= instantiate();
  return loaded;
}

async function instantiate() {
  const glueUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(glueUrl);
  const bytes = readFileSync(new URL("./schema_engine_bg.wasm", glueUrl));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return /** @type {WasmModule} */ (glue);
}
