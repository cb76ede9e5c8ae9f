/**
 * `java.util.Map` methods on maps (JSON objects, `{}` literals, `$context`, `$input.params()`), and
 * `Map.Entry` methods on the entries of `entrySet()`. `put` returns the previous value, so a bare
 * `$map.put("k", "v")` prints nothing the first time (REC test_integration_mock_with_vtl_map_assignation).
 * @see https://docs.oracle.com/javase/8/docs/api/java/util/Map.html
 */
import { areJavaEqual } from "./compare-vtl-values";
import { overload, type JavaMethodTable } from "./java-method-table";
import { toJavaString } from "./to-vtl-string";
import {
  VelocityMapEntry,
  getOwn,
  isVelocityMap,
  setOwn,
  toVelocityList,
  type VelocityMap,
} from "./velocity-values";

function put(map: VelocityMap, key: unknown, value: unknown): unknown {
  const name = String(key);
  const previous = getOwn(map, name);
  setOwn(map, name, value);
  return previous;
}

export const MAP_METHODS: JavaMethodTable<VelocityMap> = Object.freeze({
  clear: overload<VelocityMap>([0], (map) => {
    for (const key of Object.keys(map)) delete map[key];
    return undefined;
  }),
  containsKey: overload<VelocityMap>([1], (map, [key]) => Object.hasOwn(map, String(key))),
  containsValue: overload<VelocityMap>([1], (map, [value]) =>
    Object.values(map).some((v) => areJavaEqual(v, value)),
  ),
  entrySet: overload<VelocityMap>([0], (map) =>
    toVelocityList(Object.keys(map).map((key) => new VelocityMapEntry(key, map[key]))),
  ),
  equals: overload<VelocityMap>([1], (map, [other]) => areJavaEqual(map, other)),
  get: overload<VelocityMap>([1], (map, [key]) => getOwn(map, String(key))),
  getOrDefault: overload<VelocityMap>([2], (map, [key, fallback]) =>
    Object.hasOwn(map, String(key)) ? map[String(key)] : fallback,
  ),
  isEmpty: overload<VelocityMap>([0], (map) => Object.keys(map).length === 0),
  keySet: overload<VelocityMap>([0], (map) => toVelocityList(Object.keys(map))),
  put: overload<VelocityMap>([2], (map, [key, value]) => put(map, key, value)),
  putAll: overload<VelocityMap>([1], (map, [other]) => {
    if (isVelocityMap(other)) for (const key of Object.keys(other)) setOwn(map, key, other[key]);
    return undefined;
  }),
  putIfAbsent: overload<VelocityMap>([2], (map, [key, value]) => {
    const previous = getOwn(map, String(key));
    if (previous === undefined || previous === null) setOwn(map, String(key), value);
    return previous;
  }),
  remove: overload<VelocityMap>([1], (map, [key]) => {
    const previous = getOwn(map, String(key));
    delete map[String(key)];
    return previous;
  }),
  size: overload<VelocityMap>([0], (map) => Object.keys(map).length),
  toString: overload<VelocityMap>([0], (map) => toJavaString(map)),
  values: overload<VelocityMap>([0], (map) => toVelocityList(Object.values(map))),
});

export const MAP_ENTRY_METHODS: JavaMethodTable<VelocityMapEntry> = Object.freeze({
  getKey: overload<VelocityMapEntry>([0], (entry) => entry.key),
  getValue: overload<VelocityMapEntry>([0], (entry) => entry.value),
  setValue: overload<VelocityMapEntry>([1], (entry, [value]) => {
    const previous = entry.value;
    entry.value = value;
    return previous;
  }),
  toString: overload<VelocityMapEntry>([0], (entry) => toJavaString(entry)),
});
