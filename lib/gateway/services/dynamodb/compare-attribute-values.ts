import type { AttributeValue } from "./attribute-value";
import { attributeTypeOf, decodeBase64, isSetType } from "./attribute-value";
import { compareDynamoNumbers } from "./dynamo-number";

/** Code-point order, which is the UTF-8 byte order DynamoDB sorts strings by. */
export function compareStrings(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const difference = (left[i]?.codePointAt(0) ?? 0) - (right[i]?.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/** Unsigned byte order, as DynamoDB sorts binaries. */
export function compareBinaries(a: string, b: string): number {
  const left = decodeBase64(a);
  const right = decodeBase64(b);
  const length = Math.min(left.length, right.length);
  for (let i = 0; i < length; i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

/**
 * Order of two scalar values of the same type (S, N or B), or undefined when they are not comparable, in which
 * case a `<`, `<=`, `>`, `>=` or BETWEEN comparison is false.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html#Expressions.OperatorsAndFunctions.Comparators
 */
export function compareScalars(a: AttributeValue, b: AttributeValue): number | undefined {
  if (a.S !== undefined && b.S !== undefined) return compareStrings(a.S, b.S);
  if (a.N !== undefined && b.N !== undefined) return compareDynamoNumbers(a.N, b.N);
  if (a.B !== undefined && b.B !== undefined) return compareBinaries(a.B, b.B);
  return undefined;
}

function setMembersEqual(type: "SS" | "NS" | "BS", a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  if (type === "NS") return a.every((member) => b.some((other) => compareDynamoNumbers(member, other) === 0));
  const members = new Set(b);
  return a.every((member) => members.has(member));
}

/** DynamoDB equality: same type and value; sets compare unordered, numbers numerically, documents deeply. */
export function attributeValuesEqual(a: AttributeValue, b: AttributeValue): boolean {
  const type = attributeTypeOf(a);
  if (type !== attributeTypeOf(b)) return false;
  if (type === "N") return compareDynamoNumbers(a.N ?? "0", b.N ?? "0") === 0;
  if (isSetType(type)) return setMembersEqual(type, a[type] ?? [], b[type] ?? []);
  if (type === "L") {
    const left = a.L ?? [];
    const right = b.L ?? [];
    return (
      left.length === right.length && left.every((entry, i) => attributeValuesEqual(entry, right[i] ?? {}))
    );
  }
  if (type === "M") {
    const left = a.M ?? {};
    const right = b.M ?? {};
    const names = Object.keys(left);
    if (names.length !== Object.keys(right).length) return false;
    return names.every(
      (name) => right[name] !== undefined && attributeValuesEqual(left[name] ?? {}, right[name]),
    );
  }
  return a[type] === b[type];
}
