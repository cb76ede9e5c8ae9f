/**
 * `$a.b` and `$a[k]`, read and written as Velocity does on the Java object: a map's own entries, a list's
 * items by int index, `$input.body`-style properties of the built-in variables, and nothing else (no
 * `length` of a string, no JavaScript prototype members).
 * @see https://velocity.apache.org/engine/1.7/user-guide.html#properties
 */
import { BuiltinVariable, VelocityMapEntry, getOwn, isVelocityMap, setOwn } from "./velocity-values";

export function readVtlProperty(base: unknown, name: string): unknown {
  if (isVelocityMap(base)) return getOwn(base, name);
  if (base instanceof BuiltinVariable) return getOwn(base.properties, name);
  if (base instanceof VelocityMapEntry)
    return name === "key" ? base.key : name === "value" ? base.value : undefined;
  return undefined;
}

export function readVtlIndex(base: unknown, key: unknown): unknown {
  if (Array.isArray(base)) return isListIndex(base, key) ? (base as unknown[])[key] : undefined;
  if (key === null || key === undefined) return undefined;
  return readVtlProperty(base, String(key));
}

/** `#set($a.b = v)` / `#set($a[k] = v)`: `put` on a map, `set` on a list index that exists. */
export function writeVtlMember(base: unknown, key: unknown, value: unknown): void {
  if (Array.isArray(base)) {
    if (isListIndex(base, key)) (base as unknown[])[key] = value;
  } else if (isVelocityMap(base) && key !== null && key !== undefined) setOwn(base, String(key), value);
}

function isListIndex(list: readonly unknown[], key: unknown): key is number {
  return typeof key === "number" && Number.isInteger(key) && key >= 0 && key < list.length;
}
