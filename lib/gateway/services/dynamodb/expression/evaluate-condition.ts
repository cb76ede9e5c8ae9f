import type { AttributeMap, AttributeValue } from "../attribute-value";
import { attributeTypeOf, decodeBase64 } from "../attribute-value";
import { attributeValuesEqual, compareScalars } from "../compare-attribute-values";
import { compareDynamoNumbers } from "../dynamo-number";
import type { ConditionNode, Operand } from "./expression-ast";
import { readPath } from "./document-path";

/**
 * Evaluates a parsed condition against an item (an empty map for an item that does not exist). A comparison
 * involving a missing attribute or values of different types is false, except `<>`, which is then true.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
 */
function sizeOf(value: AttributeValue | undefined): AttributeValue | undefined {
  if (value === undefined) return undefined;
  const type = attributeTypeOf(value);
  if (type === "S") return { N: String(new TextEncoder().encode(value.S).length) };
  if (type === "B") return { N: String(decodeBase64(value.B ?? "").length) };
  if (type === "M") return { N: String(Object.keys(value.M ?? {}).length) };
  if (type === "L" || type === "SS" || type === "NS" || type === "BS")
    return { N: String(value[type]?.length ?? 0) };
  return undefined;
}

function resolveOperand(operand: Operand, item: AttributeMap): AttributeValue | undefined {
  if (operand.kind === "value") return operand.value;
  const value = readPath(item, operand.path);
  return operand.kind === "size" ? sizeOf(value) : value;
}

function isOrdered(
  left: AttributeValue | undefined,
  right: AttributeValue | undefined,
  accept: (order: number) => boolean,
): boolean {
  if (left === undefined || right === undefined) return false;
  const order = compareScalars(left, right);
  return order !== undefined && accept(order);
}

function compare(node: Extract<ConditionNode, { kind: "compare" }>, item: AttributeMap): boolean {
  const left = resolveOperand(node.left, item);
  const right = resolveOperand(node.right, item);
  const equal = left !== undefined && right !== undefined && attributeValuesEqual(left, right);
  switch (node.comparator) {
    case "=":
      return equal;
    case "<>":
      return !equal;
    case "<":
      return isOrdered(left, right, (order) => order < 0);
    case "<=":
      return isOrdered(left, right, (order) => order <= 0);
    case ">":
      return isOrdered(left, right, (order) => order > 0);
    default:
      return isOrdered(left, right, (order) => order >= 0);
  }
}

function startsWithBytes(value: string, prefix: string): boolean {
  const bytes = decodeBase64(value);
  const start = decodeBase64(prefix);
  return start.length <= bytes.length && start.every((byte, i) => bytes[i] === byte);
}

function contains(value: AttributeValue, operand: AttributeValue): boolean {
  if (value.S !== undefined) return operand.S !== undefined && value.S.includes(operand.S);
  if (value.SS !== undefined) return operand.S !== undefined && value.SS.includes(operand.S);
  if (value.NS !== undefined)
    return (
      operand.N !== undefined &&
      value.NS.some((member) => compareDynamoNumbers(member, operand.N ?? "") === 0)
    );
  if (value.BS !== undefined) return operand.B !== undefined && value.BS.includes(operand.B);
  if (value.L !== undefined) return value.L.some((entry) => attributeValuesEqual(entry, operand));
  return false;
}

function callFunction(node: Extract<ConditionNode, { kind: "function" }>, item: AttributeMap): boolean {
  const value = readPath(item, node.path);
  if (node.name === "attribute_exists") return value !== undefined;
  if (node.name === "attribute_not_exists") return value === undefined;
  const argument = node.argument === undefined ? undefined : resolveOperand(node.argument, item);
  if (value === undefined || argument === undefined) return false;
  if (node.name === "attribute_type") return attributeTypeOf(value) === argument.S;
  if (node.name === "contains") return contains(value, argument);
  if (value.S !== undefined && argument.S !== undefined) return value.S.startsWith(argument.S);
  return value.B !== undefined && argument.B !== undefined && startsWithBytes(value.B, argument.B);
}

/** True when the item satisfies the condition. */
export function evaluateCondition(node: ConditionNode, item: AttributeMap): boolean {
  switch (node.kind) {
    case "compare":
      return compare(node, item);
    case "between": {
      const value = resolveOperand(node.operand, item);
      return (
        isOrdered(resolveOperand(node.lower, item), value, (order) => order <= 0) &&
        isOrdered(value, resolveOperand(node.upper, item), (order) => order <= 0)
      );
    }
    case "in": {
      const value = resolveOperand(node.operand, item);
      return (
        value !== undefined &&
        node.candidates.some((candidate) => {
          const other = resolveOperand(candidate, item);
          return other !== undefined && attributeValuesEqual(value, other);
        })
      );
    }
    case "function":
      return callFunction(node, item);
    case "and":
      return evaluateCondition(node.left, item) && evaluateCondition(node.right, item);
    case "or":
      return evaluateCondition(node.left, item) || evaluateCondition(node.right, item);
    case "not":
      return !evaluateCondition(node.operand, item);
    default:
      return evaluateCondition(node.inner, item);
  }
}
