/**
 * Reads `a.b.c` from nested variables (`context.identity.sourceIp`, `$context.error.message`), own
 * properties only.
 */
export function readDottedVariable(
  root: Readonly<Record<string, unknown>> | undefined,
  path: string,
): unknown {
  let value: unknown = root;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}
