/**
 * Records keyed by what a request sent (query names, header names, path parameters) have no prototype, so
 * `?__proto__=x` or `{{path.constructor}}` read and write plain entries, never Object.prototype.
 */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

/** The record's own entry, never an inherited one. */
export function readOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
