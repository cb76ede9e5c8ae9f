/**
 * Errors as the native engine reports them over JSON-RPC, which is what the Prisma CLI parses:
 * user-facing errors carry `data.error_code` (P1xxx, P3xxx...) and `data.meta`; a crash inside the
 * engine (a WebAssembly trap) is flagged `is_panic`.
 */
import { maskSecrets } from "./log.mjs";
import { RpcMethodError } from "./rpc.mjs";
import { takePanicMessage } from "./wasm.mjs";

const ENGINE_ERROR = 4466;

/**
 * @param {unknown} error
 * @returns {import("./rpc.mjs").RpcError}
 */
export function toRpcError(error) {
  if (error instanceof RpcMethodError) return error.rpcError;
  const e = /** @type {{ message?: string, code?: unknown, meta?: unknown, stack?: string }} */ (error ?? {});
  const isPanic = isEnginePanic(error);
  const message = (isPanic && takePanicMessage()) || e.message || String(error);
  /** @type {Record<string, unknown>} */
  const data = { is_panic: isPanic, message: maskSecrets(message) };
  if (typeof e.code === "string" && /^P\d{4}$/.test(e.code)) {
    data.error_code = e.code;
    data.meta = e.meta ?? {};
  }
  if (isPanic) data.backtrace = e.stack ?? "";
  return { code: ENGINE_ERROR, message: "An error happened. Check the data field for details.", data };
}

/** A trap in the WASM module: the engine instance can no longer be trusted. */
export function isEnginePanic(/** @type {unknown} */ error) {
  return error instanceof WebAssembly.RuntimeError;
}

/** @param {string} method */
export function methodNotFound(method) {
  return new RpcMethodError({ code: -32601, message: `Method not found: ${method}` });
}
