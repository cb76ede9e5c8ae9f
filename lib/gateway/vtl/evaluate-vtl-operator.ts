/**
 * Velocity 1.7 operators: `&&`, `||` and `!` on truthiness, `==`/`!=` by Velocity equality, relational
 * operators on numbers only, `+` concatenating as soon as one side is a string, integer division when both
 * sides are integers, and null (nothing rendered) when an operand is missing or a division is by zero.
 * @see https://velocity.apache.org/engine/1.7/vtl-reference.html#set---establishes-the-value-of-a-reference
 */
import { areVtlEqual, compareVtlNumbers, isVtlTruthy } from "./compare-vtl-values";
import type { RenderBudget } from "./render-budget";
import { toJavaString } from "./to-vtl-string";

type Evaluate = (node: unknown) => unknown;

/** Evaluates one operator node; operands are evaluated left to right, `&&` and `||` short-circuit. */
export function evaluateVtlOperator(
  operator: string,
  operands: readonly unknown[],
  evaluate: Evaluate,
  budget: RenderBudget,
): unknown {
  const [left, right] = operands;
  switch (operator) {
    case "&&":
      return isVtlTruthy(evaluate(left)) && isVtlTruthy(evaluate(right));
    case "||":
      return isVtlTruthy(evaluate(left)) || isVtlTruthy(evaluate(right));
    case "not":
      return !isVtlTruthy(evaluate(left));
    case "parenthesis":
      return evaluate(left);
    case "minus": {
      const value = evaluate(left);
      return typeof value === "number" ? -value : undefined;
    }
    case "==":
      return areVtlEqual(evaluate(left), evaluate(right));
    case "!=":
      return !areVtlEqual(evaluate(left), evaluate(right));
    case "<":
    case ">":
    case "<=":
    case ">=":
      return compareVtlNumbers(operator, evaluate(left), evaluate(right));
    case "+":
      return budget.chargeWork(addVtlValues(evaluate(left), evaluate(right)));
    default:
      return applyArithmetic(operator, evaluate(left), evaluate(right));
  }
}

function addVtlValues(left: unknown, right: unknown): unknown {
  if (left === null || left === undefined || right === null || right === undefined) return undefined;
  if (typeof left === "string" || typeof right === "string") return toJavaString(left) + toJavaString(right);
  if (typeof left === "number" && typeof right === "number") return left + right;
  return undefined;
}

function applyArithmetic(operator: string, left: unknown, right: unknown): number | undefined {
  if (typeof left !== "number" || typeof right !== "number") return undefined;
  const integers = Number.isInteger(left) && Number.isInteger(right);
  switch (operator) {
    case "-":
      return left - right;
    case "*":
      return left * right;
    case "/":
      if (right === 0) return undefined;
      return integers ? Math.trunc(left / right) : left / right;
    case "%":
      return right === 0 ? undefined : left % right;
    default:
      return undefined;
  }
}
