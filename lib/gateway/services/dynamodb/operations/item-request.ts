import type { InputRecord } from "../../read-input";
import { readString } from "../../read-input";
import type { AttributeMap } from "../attribute-value";
import { cloneAttributeMap } from "../attribute-value";
import { conditionalCheckFailed, missingMemberError } from "../dynamodb-errors";
import type { TableState } from "../dynamodb-state";
import { evaluateCondition } from "../expression/evaluate-condition";
import type { ConditionNode } from "../expression/expression-ast";
import type { ExpressionScope } from "../expression/expression-scope";
import { parseConditionExpression } from "../expression/parse-condition-expression";
import { checkKey, toTableKeys } from "../table-keys";
import { toAttributeMap } from "../validate-attribute-value";
import { failDynamoDbSerialization, readEnum } from "./dynamodb-context";

/** The ReturnValues a request asked for. */
export type ReturnValues = "NONE" | "ALL_OLD" | "UPDATED_OLD" | "ALL_NEW" | "UPDATED_NEW";

export function readReturnValues(input: InputRecord): ReturnValues {
  return readEnum(
    input,
    "ReturnValues",
    ["NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"],
    "NONE",
  );
}

/** The `Key` member of GetItem, DeleteItem and UpdateItem, checked against the table's key schema. */
export function readItemKey(table: TableState, input: InputRecord): AttributeMap {
  if (input.Key === undefined || input.Key === null) throw missingMemberError("key");
  const key = toAttributeMap(input.Key);
  checkKey(toTableKeys(table.definition), key);
  return key;
}

/** An optional condition-type expression member, parsed. */
export function parseOptionalCondition(
  input: InputRecord,
  member: string,
  scope: ExpressionScope,
): ConditionNode | undefined {
  const text = readString(input, member, failDynamoDbSerialization);
  return text === undefined ? undefined : parseConditionExpression(text, member, scope);
}

/**
 * Throws ConditionalCheckFailedException unless the existing item (or none) satisfies the condition; with
 * ReturnValuesOnConditionCheckFailure ALL_OLD the error carries the item.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ConditionExpressions.html
 */
export function checkCondition(
  input: InputRecord,
  condition: ConditionNode | undefined,
  existing: AttributeMap | undefined,
): void {
  const onFailure = readEnum(input, "ReturnValuesOnConditionCheckFailure", ["ALL_OLD", "NONE"], "NONE");
  if (condition === undefined || evaluateCondition(condition, existing ?? {})) return;
  throw conditionalCheckFailed(
    onFailure === "ALL_OLD" && existing !== undefined ? cloneAttributeMap(existing) : undefined,
  );
}
