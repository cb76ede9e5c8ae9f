import type { InputRecord } from "../../read-input";
import { cloneAttributeMap } from "../attribute-value";
import { validationError } from "../dynamodb-errors";
import { itemSize } from "../item-size";
import { findItem, removeItem } from "../table-store";
import { toConsumedCapacity, toWriteCapacityUnits } from "./consumed-capacity";
import type { DynamoDbContext } from "./dynamodb-context";
import { getTableOrThrow } from "./dynamodb-context";
import { checkCondition, parseOptionalCondition, readItemKey, readReturnValues } from "./item-request";
import { rejectLegacyParameters, toExpressionScope } from "./request-expressions";

/**
 * DeleteItem: removes an item by key (deleting a missing item succeeds), optionally only if a condition holds.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteItem.html
 */
export function deleteItem(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  rejectLegacyParameters(input);
  const table = getTableOrThrow(context, input);
  const key = readItemKey(table, input);
  const returnValues = readReturnValues(input);
  if (returnValues !== "NONE" && returnValues !== "ALL_OLD")
    throw validationError("ReturnValues can only be ALL_OLD or NONE");
  const scope = toExpressionScope(input, ["ConditionExpression"], ["ConditionExpression"]);
  const condition = parseOptionalCondition(input, "ConditionExpression", scope);
  scope.checkAllUsed();
  const existing = findItem(table, key);
  checkCondition(input, condition, existing);
  const units = toWriteCapacityUnits(existing === undefined ? 0 : itemSize(existing));
  const attributes =
    returnValues === "ALL_OLD" && existing !== undefined ? { Attributes: cloneAttributeMap(existing) } : {};
  removeItem(table, key);
  return { ...attributes, ...toConsumedCapacity(input, table.definition.TableName, units) };
}
