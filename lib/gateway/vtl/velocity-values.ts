/**
 * The Java-side value kinds a template can see, where plain JSON values are not enough to tell them apart.
 * AWS prints a JSON-derived list as compact JSON but a list the template built (`[1, 2]`, `keySet()`) as
 * Java's `ArrayList.toString()`; a map prints as `{k=v}` either way [REC test_input_path_template_formatting].
 */

/** A `java.util.List` made in the template: `[a..b]`, `[x, y]`, `keySet()`, `split()`... Prints `[a, b]`. */
export class VelocityList<T = unknown> extends Array<T> {}

/** Builds a VelocityList (the subclass's own `from` is typed as a plain array). */
export function toVelocityList<T>(items: Iterable<T>): VelocityList<T> {
  const list = new VelocityList<T>();
  for (const item of items) list.push(item);
  return list;
}

/** One `Map.Entry` from `entrySet()`: `$e.key`, `$e.value`, prints `key=value`. */
export class VelocityMapEntry {
  constructor(
    readonly key: string,
    public value: unknown,
  ) {}

  /** Inside a JSON-printed list an entry prints as a one-key object. */
  toJSON(): Record<string, unknown> {
    return { [this.key]: this.value };
  }
}

/** A map as templates see it: JSON objects, `{...}` literals, `$context`, `$stageVariables`. */
export type VelocityMap = Record<string, unknown>;

export function isVelocityMap(value: unknown): value is VelocityMap {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Reads an own entry only: `$map.get("toString")` must not find Object.prototype's. */
export function getOwn(map: Readonly<VelocityMap>, key: string): unknown {
  return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** Writes an own entry; `__proto__` becomes an ordinary key instead of replacing the prototype. */
export function setOwn(map: VelocityMap, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(map, key, { value, writable: true, enumerable: true, configurable: true });
  else map[key] = value;
}

type Method = (...args: unknown[]) => unknown;

/** `$input` and `$util`: objects with a few readable properties and methods, and nothing else. */
export class BuiltinVariable {
  constructor(
    readonly properties: Readonly<Record<string, unknown>>,
    readonly methods: Readonly<Record<string, Method>>,
  ) {}

  toJSON(): null {
    return null;
  }
}
