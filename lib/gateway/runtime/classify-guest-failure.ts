/**
 * An error that escapes the prelude's own guards is QuickJS stopping the guest: `InternalError: interrupted`
 * (the deadline), `out of memory` (or no error object at all, when even that could not be allocated), or a fault.
 */
import type { QuickJSContext, QuickJSHandle } from "quickjs-emscripten";
import type { PhaseFailure } from "./execution-phase";

export function classifyGuestFailure(context: QuickJSContext, error: QuickJSHandle): PhaseFailure {
  try {
    const dumped = context.dump(error) as { message?: unknown } | null;
    if (dumped === null || dumped.message === "out of memory") return "out-of-memory";
    if (dumped.message === "interrupted") return "timeout";
    return "crash";
  } catch {
    return "crash";
  }
}
