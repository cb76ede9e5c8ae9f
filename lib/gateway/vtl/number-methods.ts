/**
 * `java.lang.Integer`/`Double` and `Boolean` methods on numbers and booleans. Velocity lets a template call
 * a static method through any instance, which AWS users rely on to convert strings:
 * `#set($n = 0)$n.parseInt("123")`.
 * @see https://docs.oracle.com/javase/8/docs/api/java/lang/Integer.html
 */
import { areJavaEqual } from "./compare-vtl-values";
import { numberFormatError, overload, stringArg, type JavaMethodTable } from "./java-method-table";

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(NaN|Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?$/;
const INT_RANGE = 2 ** 31;

function parseJavaInteger(value: unknown, method: string, bound: number): number {
  const text = stringArg(value, method);
  const parsed = INTEGER.test(text) ? Number(text) : NaN;
  if (!(parsed >= -bound && parsed < bound)) throw numberFormatError(text);
  return parsed;
}

function parseJavaDouble(value: unknown): number {
  const text = stringArg(value, "parseDouble").trim();
  const match = DECIMAL.exec(text);
  if (!match) throw numberFormatError(text);
  return Number(text.replace(/[fFdD]$/, ""));
}

const parseInt = overload<number>([1], (_n, [text]) => parseJavaInteger(text, "parseInt", INT_RANGE));
const parseLong = overload<number>([1], (_n, [text]) => parseJavaInteger(text, "parseLong", 2 ** 63));
const parseDouble = overload<number>([1], (_n, [text]) => parseJavaDouble(text));

export const NUMBER_METHODS: JavaMethodTable<number> = Object.freeze({
  byteValue: overload<number>([0], (n) => Math.trunc(n)),
  compareTo: overload<number>([1], (n, [other]) =>
    typeof other === "number" ? Math.sign(n - other) : undefined,
  ),
  doubleValue: overload<number>([0], (n) => n),
  equals: overload<number>([1], (n, [other]) => areJavaEqual(n, other)),
  floatValue: overload<number>([0], (n) => n),
  intValue: overload<number>([0], (n) => Math.trunc(n)),
  isNaN: overload<number>([0], (n) => Number.isNaN(n)),
  longValue: overload<number>([0], (n) => Math.trunc(n)),
  parseDouble,
  parseFloat: parseDouble,
  parseInt,
  parseLong,
  shortValue: overload<number>([0], (n) => Math.trunc(n)),
  toString: overload<number>([0], (n) => String(n)),
  valueOf: overload<number>([1], (n, [text]) =>
    Number.isInteger(n) ? parseJavaInteger(text, "valueOf", INT_RANGE) : parseJavaDouble(text),
  ),
});

export const BOOLEAN_METHODS: JavaMethodTable<boolean> = Object.freeze({
  booleanValue: overload<boolean>([0], (b) => b),
  equals: overload<boolean>([1], (b, [other]) => b === other),
  parseBoolean: overload<boolean>(
    [1],
    (_b, [text]) => typeof text === "string" && text.toLowerCase() === "true",
  ),
  toString: overload<boolean>([0], (b) => String(b)),
});
