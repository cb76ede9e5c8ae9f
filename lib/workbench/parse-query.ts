/** Parses a query with its schema, failing as the app's 400 with field errors (in the browser too). */
import type { z } from "zod";
import { toAppError } from "@/lib/errors";

export function parseQuery<S extends z.ZodType>(
  schema: S,
  query: Readonly<Record<string, unknown>>,
): z.infer<S> {
  const parsed = schema.safeParse(query);
  if (!parsed.success) throw toAppError(parsed.error);
  return parsed.data;
}
