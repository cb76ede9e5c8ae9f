/**
 * Velocity 1.7's truth and equality rules, with the one AWS difference that was recorded: a null reference
 * equals both `$null` and `""` (LS:test_apigateway_common::test_input_path_template_formatting, 2025-06-18).
 * @see https://velocity.apache.org/engine/1.7/user-guide.html#relational-and-logical-operators
 */
import { toVtlString } from "./to-vtl-string";
import { isVelocityMap } from "./velocity-values";

/** `#if($x)`: Velocity 1.7 treats only null and false as false (an empty string or 0 is true). */
export function isVtlTruthy(value: unknown): boolean {
  return value !== null && value !== undefined && value !== false;
}

/** `==`: numbers by value, same-kind values by Java `equals`, anything else by comparing printed forms. */
export function areVtlEqual(left: unknown, right: unknown): boolean {
  if (left === null || left === undefined || right === null || right === undefined) {
    const leftNull = left === null || left === undefined;
    const rightNull = right === null || right === undefined;
    return (leftNull && rightNull) || left === "" || right === "";
  }
  if (typeof left === "number" && typeof right === "number") return left === right;
  if (javaKindOf(left) === javaKindOf(right)) return areJavaEqual(left, right);
  return toVtlString(left) === toVtlString(right);
}

type JavaKind = "string" | "number" | "boolean" | "list" | "map" | "other";

function javaKindOf(value: unknown): JavaKind {
  if (Array.isArray(value)) return "list";
  if (isVelocityMap(value)) return "map";
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" ? type : "other";
}

/** Java `equals`: lists element by element, maps by key set and values, scalars by value. */
export function areJavaEqual(left: unknown, right: unknown): boolean {
  if (Array.isArray(left) && Array.isArray(right))
    return left.length === right.length && left.every((item, i) => areJavaEqual(item, right[i]));
  if (isVelocityMap(left) && isVelocityMap(right)) {
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length &&
      keys.every((key) => Object.hasOwn(right, key) && areJavaEqual(left[key], right[key]))
    );
  }
  if ((left === null || left === undefined) && (right === null || right === undefined)) return true;
  return left === right;
}

/** `<`, `>`, `<=`, `>=`: Velocity 1.7 compares numbers only; anything else is false. */
export function compareVtlNumbers(operator: string, left: unknown, right: unknown): boolean {
  if (typeof left !== "number" || typeof right !== "number") return false;
  switch (operator) {
    case "<":
      return left < right;
    case ">":
      return left > right;
    case "<=":
      return left <= right;
    default:
      return left >= right;
  }
}
