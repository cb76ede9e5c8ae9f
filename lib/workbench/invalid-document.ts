/** The one error an import answers with: 400 naming where in the document the problem is. */
import { AppError, type FieldErrors } from "@/lib/errors";

/** `fields` keys are dotted paths into the request body, e.g. `from.state.iam`. */
export function invalidDocument(fields: FieldErrors): AppError {
  const where = Object.keys(fields).join(", ");
  return new AppError("VALIDATION_FAILED", `The sandbox document is not valid: check ${where}.`, fields);
}

/** The message of an error thrown while loading part of a document, for its field entry. */
export function describeLoadError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
