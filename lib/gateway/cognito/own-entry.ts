/**
 * The state's maps are plain JSON objects keyed by names callers choose (user names, group names, client ids,
 * tokens). These helpers keep such keys from reaching Object.prototype: `constructor` is not a user, and
 * `__proto__` is stored as an ordinary entry.
 */
export function readOwn<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

export function writeOwn<T>(map: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
}
