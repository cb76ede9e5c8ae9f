/**
 * `java.lang.String` methods templates call on strings (`$s.contains("x")`, `.replaceAll(...)`,
 * `.split(",")`...), implemented here rather than on String.prototype. Semantics are Java's: `replace` is
 * literal and replaces every occurrence, `replaceAll`/`replaceFirst`/`split`/`matches` take Java regexes,
 * `substring` and `charAt` fail out of bounds, `trim` strips characters up to U+0020.
 * @see https://docs.oracle.com/javase/8/docs/api/java/lang/String.html
 */
import { expandJavaReplacement, splitJava, toJavaRegExp } from "./java-regex";
import { indexOutOfBounds, intArg, overload, stringArg, type JavaMethodTable } from "./java-method-table";
import { toVelocityList } from "./velocity-values";

export const STRING_METHODS: JavaMethodTable<string> = Object.freeze({
  charAt: overload<string>([1], (s, [at]) => {
    const index = intArg(at);
    if (index < 0 || index >= s.length) throw indexOutOfBounds(index, s.length);
    return s[index];
  }),
  compareTo: overload<string>([1], (s, [other]) => compareJavaStrings(s, stringArg(other, "compareTo"))),
  compareToIgnoreCase: overload<string>([1], (s, [other]) =>
    compareJavaStrings(s.toLowerCase(), stringArg(other, "compareToIgnoreCase").toLowerCase()),
  ),
  concat: overload<string>([1], (s, [other]) => s + stringArg(other, "concat")),
  contains: overload<string>([1], (s, [part]) => s.includes(stringArg(part, "contains"))),
  endsWith: overload<string>([1], (s, [suffix]) => s.endsWith(stringArg(suffix, "endsWith"))),
  equals: overload<string>([1], (s, [other]) => s === other),
  equalsIgnoreCase: overload<string>(
    [1],
    (s, [other]) => typeof other === "string" && s.toLowerCase() === other.toLowerCase(),
  ),
  indexOf: overload<string>([1, 2], (s, [part, from]) =>
    s.indexOf(stringArg(part, "indexOf"), from === undefined ? 0 : intArg(from)),
  ),
  isEmpty: overload<string>([0], (s) => s.length === 0),
  lastIndexOf: overload<string>([1, 2], (s, args) => {
    const part = stringArg(args[0], "lastIndexOf");
    return args.length === 2 ? s.lastIndexOf(part, intArg(args[1])) : s.lastIndexOf(part);
  }),
  length: overload<string>([0], (s) => s.length),
  matches: overload<string>([1], (s, [regex]) => toJavaRegExp(stringArg(regex, "matches"), "whole").test(s)),
  replace: overload<string>([2], (s, [target, replacement]) => {
    const text = stringArg(replacement, "replace");
    return s.replaceAll(stringArg(target, "replace"), () => text);
  }),
  replaceAll: overload<string>([2], (s, [regex, replacement]) =>
    replaceJava(s, regex, replacement, "global"),
  ),
  replaceFirst: overload<string>([2], (s, [regex, replacement]) =>
    replaceJava(s, regex, replacement, "first"),
  ),
  split: overload<string>([1, 2], (s, args) =>
    toVelocityList(splitJava(s, stringArg(args[0], "split"), args.length === 2 ? intArg(args[1]) : 0)),
  ),
  startsWith: overload<string>([1, 2], (s, args) => {
    const prefix = stringArg(args[0], "startsWith");
    const offset = args.length === 2 ? intArg(args[1]) : 0;
    return offset >= 0 && offset <= s.length - prefix.length && s.startsWith(prefix, offset);
  }),
  substring: overload<string>([1, 2], (s, args) => {
    const begin = intArg(args[0]);
    const end = args.length === 2 ? intArg(args[1]) : s.length;
    if (begin < 0 || end > s.length || begin > end) throw indexOutOfBounds(begin < 0 ? begin : end, s.length);
    return s.substring(begin, end);
  }),
  toLowerCase: overload<string>([0], (s) => s.toLowerCase()),
  toString: overload<string>([0], (s) => s),
  toUpperCase: overload<string>([0], (s) => s.toUpperCase()),
  trim: overload<string>([0], (s) => trimJava(s)),
});

/** `compareTo`: the difference of the first differing UTF-16 units, else of the lengths. */
function compareJavaStrings(left: string, right: string): number {
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const diff = left.charCodeAt(i) - right.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

function replaceJava(s: string, regex: unknown, replacement: unknown, mode: "global" | "first"): string {
  const pattern = toJavaRegExp(stringArg(regex, "replaceAll"), mode);
  const text = stringArg(replacement, "replaceAll");
  return s.replace(pattern, (...match: unknown[]) => {
    const offsetAt = match.findIndex((part, i) => i > 0 && typeof part === "number");
    return expandJavaReplacement(text, match.slice(0, offsetAt) as (string | undefined)[]);
  });
}

function trimJava(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 0x20) start++;
  while (end > start && s.charCodeAt(end - 1) <= 0x20) end--;
  return s.slice(start, end);
}
