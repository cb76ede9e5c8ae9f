/**
 * A deep copy of template data (maps, lists, entries, scalars), so that a template writing into `$context`
 * or an override map never reaches the caller's objects.
 */
import { VelocityList, VelocityMapEntry, isVelocityMap, setOwn, type VelocityMap } from "./velocity-values";

export function cloneVtlData<T>(value: T): T {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) {
    const copy = value instanceof VelocityList ? new VelocityList<unknown>() : [];
    for (const item of value) copy.push(cloneVtlData(item));
    return copy as T;
  }
  if (value instanceof VelocityMapEntry)
    return new VelocityMapEntry(value.key, cloneVtlData(value.value)) as T;
  if (isVelocityMap(value)) return cloneVtlMap(value) as T;
  return value;
}

export function cloneVtlMap(map: Readonly<VelocityMap>): VelocityMap {
  const copy: VelocityMap = {};
  for (const key in map) {
    if (!Object.hasOwn(map, key)) continue;
    const value = map[key];
    const cloned = typeof value === "object" && value !== null ? cloneVtlData(value) : value;
    if (key === "__proto__") setOwn(copy, key, cloned);
    else copy[key] = cloned;
  }
  return copy;
}
