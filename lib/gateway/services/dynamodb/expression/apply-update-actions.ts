import type { AttributeMap, AttributeType, AttributeValue } from "../attribute-value";
import { attributeTypeOf, cloneAttributeMap, isSetType } from "../attribute-value";
import { invalidExpression, validationError } from "../dynamodb-errors";
import { addDynamoNumbers, compareDynamoNumbers } from "../dynamo-number";
import { readPath, removePath, writePath } from "./document-path";
import type { SetValue, UpdateAction, UpdateOperand } from "./expression-ast";

/**
 * Applies parsed update actions to a copy of an item. Every SET value is computed from the item as it was before
 * the update, as DynamoDB does; REMOVE of list elements uses the original indexes.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
 */
const OPERAND_TYPE_NAMES: Record<AttributeType, string> = {
  S: "STRING",
  N: "NUMBER",
  B: "BINARY",
  BOOL: "BOOLEAN",
  NULL: "NULL",
  SS: "STRING_SET",
  NS: "NUMBER_SET",
  BS: "BINARY_SET",
  L: "LIST",
  M: "MAP",
};

function incorrectDataType(): Error {
  return validationError("An operand in the update expression has an incorrect data type");
}

function evaluateOperand(operand: UpdateOperand, item: AttributeMap): AttributeValue {
  switch (operand.kind) {
    case "value":
      return operand.value;
    case "path": {
      const value = readPath(item, operand.path);
      if (value === undefined) {
        throw validationError(
          "The provided expression refers to an attribute that does not exist in the item",
        );
      }
      return value;
    }
    case "if_not_exists":
      return readPath(item, operand.path) ?? evaluateOperand(operand.fallback, item);
    default: {
      const first = evaluateOperand(operand.first, item);
      const second = evaluateOperand(operand.second, item);
      if (first.L === undefined || second.L === undefined) throw incorrectDataType();
      return { L: [...first.L, ...second.L] };
    }
  }
}

function evaluateSetValue(value: SetValue, item: AttributeMap): AttributeValue {
  if (value.kind !== "arithmetic") return evaluateOperand(value, item);
  const left = evaluateOperand(value.left, item);
  const right = evaluateOperand(value.right, item);
  if (left.N === undefined || right.N === undefined) throw incorrectDataType();
  return { N: addDynamoNumbers(left.N, right.N, value.operator === "-") };
}

function checkOperandType(action: UpdateAction): void {
  if (action.kind !== "ADD" && action.kind !== "DELETE") return;
  const type = attributeTypeOf(action.value);
  if (isSetType(type) || (action.kind === "ADD" && type === "N")) return;
  throw invalidExpression(
    "UpdateExpression",
    `Incorrect operand type for operator or function; operator: ${action.kind}, operand type: ${OPERAND_TYPE_NAMES[type]}, typeSet: ALLOWED_FOR_${action.kind}_OPERAND`,
  );
}

function sameMember(type: AttributeType, a: string, b: string): boolean {
  return type === "NS" ? compareDynamoNumbers(a, b) === 0 : a === b;
}

function addValue(existing: AttributeValue | undefined, value: AttributeValue): AttributeValue {
  if (existing === undefined) return value;
  const type = attributeTypeOf(value);
  if (attributeTypeOf(existing) !== type) throw incorrectDataType();
  if (type === "N") return { N: addDynamoNumbers(existing.N ?? "0", value.N ?? "0") };
  const setType = type as "SS" | "NS" | "BS";
  const members = [...(existing[setType] ?? [])];
  for (const member of value[setType] ?? []) {
    if (!members.some((other) => sameMember(type, other, member))) members.push(member);
  }
  return { [setType]: members };
}

function deleteValue(existing: AttributeValue, value: AttributeValue): AttributeValue | undefined {
  const type = attributeTypeOf(value) as "SS" | "NS" | "BS";
  if (attributeTypeOf(existing) !== type) throw incorrectDataType();
  const removed = value[type] ?? [];
  const members = (existing[type] ?? []).filter(
    (member) => !removed.some((other) => sameMember(type, other, member)),
  );
  return members.length === 0 ? undefined : { [type]: members };
}

function removeInReverseIndexOrder(item: AttributeMap, actions: readonly UpdateAction[]): void {
  const removals = actions.filter((action) => action.kind === "REMOVE");
  const lastIndex = (action: UpdateAction) => {
    const last = action.path[action.path.length - 1];
    return typeof last === "number" ? last : -1;
  };
  for (const action of [...removals].sort((a, b) => lastIndex(b) - lastIndex(a)))
    removePath(item, action.path);
}

/** The item after the actions (a new object; `original` is not modified). */
export function applyUpdateActions(original: AttributeMap, actions: readonly UpdateAction[]): AttributeMap {
  actions.forEach(checkOperandType);
  const setValues = actions.map((action) =>
    action.kind === "SET" ? evaluateSetValue(action.value, original) : undefined,
  );
  const item = cloneAttributeMap(original);
  actions.forEach((action, i) => {
    const value = setValues[i];
    if (action.kind === "SET" && value !== undefined) writePath(item, action.path, value);
  });
  removeInReverseIndexOrder(item, actions);
  for (const action of actions) {
    if (action.kind === "ADD")
      writePath(item, action.path, addValue(readPath(item, action.path), action.value));
    if (action.kind !== "DELETE") continue;
    const existing = readPath(item, action.path);
    if (existing === undefined) continue;
    const remaining = deleteValue(existing, action.value);
    if (remaining === undefined) removePath(item, action.path);
    else writePath(item, action.path, remaining);
  }
  return item;
}
