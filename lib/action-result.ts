/**
 * What a server action returns to its form: success with an optional message, or an error with
 * field-level messages. Server actions get Next's built-in Origin check against CSRF.
 */
import { unstable_rethrow } from "next/navigation";
import type { FieldErrors } from "@/lib/errors";
import { toAppError } from "@/lib/errors";

export type ActionResult<T = undefined> =
  | { ok: true; message?: string; data?: T }
  | { ok: false; code: string; message: string; fields?: FieldErrors };

export const initialActionResult = null;

/** Runs an action body; AppErrors and zod errors become an error result, redirects pass through. */
export async function runAction<T>(body: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await body();
  } catch (error) {
    unstable_rethrow(error); // redirect(), forbidden() and friends are control flow, not failures
    const appError = toAppError(error);
    if (appError.code === "INTERNAL") console.error("[action] internal error", appError.cause);
    return { ok: false, code: appError.code, message: appError.message, fields: appError.fields };
  }
}
