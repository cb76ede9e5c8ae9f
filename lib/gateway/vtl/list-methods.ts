/**
 * `java.util.List` methods on arrays (JSON arrays and lists built in the template). `add` returns true, so
 * `$list.add(1)` on its own prints `true`, as in AWS's Velocity; `get`, `set` and `remove(int)` fail out of
 * bounds like Java.
 * @see https://docs.oracle.com/javase/8/docs/api/java/util/List.html
 */
import { areJavaEqual } from "./compare-vtl-values";
import { indexOutOfBounds, intArg, overload, type JavaMethodTable } from "./java-method-table";
import { toJavaString } from "./to-vtl-string";
import { toVelocityList } from "./velocity-values";

type List = unknown[];

function checkIndex(list: List, index: number, size = list.length): number {
  if (index < 0 || index >= size) throw indexOutOfBounds(index, list.length);
  return index;
}

export const LIST_METHODS: JavaMethodTable<List> = Object.freeze({
  add: overload<List>([1, 2], (list, args) => {
    if (args.length === 1) return list.push(args[0]) > 0;
    list.splice(checkIndex(list, intArg(args[0]), list.length + 1), 0, args[1]);
    return undefined;
  }),
  addAll: overload<List>([1], (list, [items]) => {
    if (!Array.isArray(items)) return undefined;
    list.push(...(items as List));
    return items.length > 0;
  }),
  clear: overload<List>([0], (list) => {
    list.length = 0;
    return undefined;
  }),
  contains: overload<List>([1], (list, [item]) => list.some((x) => areJavaEqual(x, item))),
  equals: overload<List>([1], (list, [other]) => areJavaEqual(list, other)),
  get: overload<List>([1], (list, [at]) => list[checkIndex(list, intArg(at))]),
  indexOf: overload<List>([1], (list, [item]) => list.findIndex((x) => areJavaEqual(x, item))),
  isEmpty: overload<List>([0], (list) => list.length === 0),
  lastIndexOf: overload<List>([1], (list, [item]) => list.findLastIndex((x) => areJavaEqual(x, item))),
  remove: overload<List>([1], (list, [target]) => {
    if (typeof target === "number" && Number.isInteger(target))
      return list.splice(checkIndex(list, target), 1)[0];
    const index = list.findIndex((x) => areJavaEqual(x, target));
    if (index >= 0) list.splice(index, 1);
    return index >= 0;
  }),
  set: overload<List>([2], (list, [at, item]) => {
    const index = checkIndex(list, intArg(at));
    const previous = list[index];
    list[index] = item;
    return previous;
  }),
  size: overload<List>([0], (list) => list.length),
  subList: overload<List>([2], (list, [from, to]) => {
    const begin = intArg(from);
    const end = intArg(to);
    if (begin < 0 || end > list.length || begin > end)
      throw indexOutOfBounds(begin < 0 ? begin : end, list.length);
    return toVelocityList(list.slice(begin, end));
  }),
  toString: overload<List>([0], (list) => toJavaString(list)),
});
