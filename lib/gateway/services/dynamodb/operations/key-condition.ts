import type { AttributeMap, AttributeValue } from "../attribute-value";
import { attributeTypeOf } from "../attribute-value";
import { PARAMETER_VALUES_INVALID, invalidExpression, validationError } from "../dynamodb-errors";
import type { ConditionNode, DocumentPath, Operand } from "../expression/expression-ast";
import type { TableKeys } from "../table-keys";

/** A validated KeyConditionExpression: the partition to read and the sort-key predicate, if any. */
export interface KeyCondition {
  readonly hashKey: AttributeMap;
  readonly rangeCondition?: ConditionNode;
}

const LABEL = "KeyConditionExpression";

function unwrap(node: ConditionNode): ConditionNode {
  return node.kind === "parentheses" ? unwrap(node.inner) : node;
}

function toConjuncts(node: ConditionNode): ConditionNode[] {
  const bare = unwrap(node);
  return bare.kind === "and" ? [...toConjuncts(bare.left), ...toConjuncts(bare.right)] : [bare];
}

function operatorOf(node: ConditionNode): string {
  if (node.kind === "compare") return node.comparator;
  if (node.kind === "function") return node.name;
  return node.kind.toUpperCase();
}

function topLevelName(operand: Operand | undefined): string | undefined {
  return operand?.kind === "path" && operand.path.length === 1 && typeof operand.path[0] === "string"
    ? operand.path[0]
    : undefined;
}

/** The key attribute a conjunct constrains and the value it compares with. */
function describeConjunct(node: ConditionNode): { name?: string; value?: AttributeValue } {
  if (node.kind === "function") {
    return {
      name: node.path.length === 1 ? String(node.path[0]) : undefined,
      value: node.argument?.kind === "value" ? node.argument.value : undefined,
    };
  }
  if (node.kind === "between")
    return {
      name: topLevelName(node.operand),
      value: node.lower.kind === "value" ? node.lower.value : undefined,
    };
  if (node.kind !== "compare") return {};
  const name = topLevelName(node.left) ?? topLevelName(node.right);
  const valueOperand = topLevelName(node.left) === undefined ? node.left : node.right;
  return { name, value: valueOperand.kind === "value" ? valueOperand.value : undefined };
}

function checkOperator(node: ConditionNode): void {
  const operator = operatorOf(node);
  const allowed = ["=", "<", "<=", ">", ">=", "BETWEEN", "begins_with"];
  if (!allowed.includes(operator))
    throw validationError(`Invalid operator used in KeyConditionExpression: ${operator}`);
}

/**
 * Validates a parsed KeyConditionExpression against the table's keys: equality on the partition key, and at most
 * one of `=`, `<`, `<=`, `>`, `>=`, BETWEEN or begins_with on the sort key.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.KeyConditionExpressions.html
 */
export function toKeyCondition(node: ConditionNode, keys: TableKeys): KeyCondition {
  const conjuncts = toConjuncts(node);
  conjuncts.forEach(checkOperator);
  if (conjuncts.length > 2) throw validationError("Conditions can be of length 1 or 2 only");
  const byName = new Map<string, ConditionNode>();
  for (const conjunct of conjuncts) {
    const { name } = describeConjunct(conjunct);
    if (name === undefined) throw validationError("Query key condition not supported");
    if (byName.has(name))
      throw validationError("KeyConditionExpressions must only contain one condition per key");
    byName.set(name, conjunct);
  }
  const hashCondition = byName.get(keys.hash);
  if (hashCondition === undefined)
    throw validationError(`Query condition missed key schema element: ${keys.hash}`);
  const rangeCondition = keys.range === undefined ? undefined : byName.get(keys.range);
  if (byName.size > (rangeCondition === undefined ? 1 : 2)) {
    if (keys.range === undefined) throw validationError("Query key condition not supported");
    throw validationError(`Query condition missed key schema element: ${keys.range}`);
  }
  const hashValue = describeConjunct(hashCondition).value;
  if (operatorOf(hashCondition) !== "=" || hashValue === undefined)
    throw validationError("Query key condition not supported");
  checkValueType(hashValue, keys.hashType);
  if (rangeCondition !== undefined) checkRangeCondition(rangeCondition, keys);
  return rangeCondition === undefined
    ? { hashKey: { [keys.hash]: hashValue } }
    : { hashKey: { [keys.hash]: hashValue }, rangeCondition };
}

function checkValueType(value: AttributeValue, expected: string | undefined): void {
  if (attributeTypeOf(value) !== expected) {
    throw validationError(`${PARAMETER_VALUES_INVALID} Condition parameter type does not match schema type`);
  }
}

function checkRangeCondition(node: ConditionNode, keys: TableKeys): void {
  const { value } = describeConjunct(node);
  if (value === undefined) throw validationError("Query key condition not supported");
  if (node.kind === "function" && keys.rangeType === "N") {
    throw invalidExpression(
      LABEL,
      "Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
    );
  }
  checkValueType(value, keys.rangeType);
  if (node.kind === "between" && node.upper.kind === "value")
    checkValueType(node.upper.value, keys.rangeType);
}

/** Every document path a condition reads. */
export function conditionPaths(node: ConditionNode): DocumentPath[] {
  const ofOperand = (operand: Operand): DocumentPath[] => (operand.kind === "value" ? [] : [operand.path]);
  switch (node.kind) {
    case "compare":
      return [...ofOperand(node.left), ...ofOperand(node.right)];
    case "between":
      return [node.operand, node.lower, node.upper].flatMap(ofOperand);
    case "in":
      return [node.operand, ...node.candidates].flatMap(ofOperand);
    case "function":
      return [node.path, ...(node.argument === undefined ? [] : ofOperand(node.argument))];
    case "and":
    case "or":
      return [...conditionPaths(node.left), ...conditionPaths(node.right)];
    case "not":
      return conditionPaths(node.operand);
    default:
      return conditionPaths(node.inner);
  }
}
