import type { InputRecord } from "../../read-input";
import { cloneAttributeMap } from "../attribute-value";
import { missingMemberError, validationError } from "../dynamodb-errors";
import { MAX_ITEM_SIZE, itemSize } from "../item-size";
import { checkItemKey, extractKey, toTableKeys } from "../table-keys";
import { findItem, storeItem } from "../table-store";
import { toAttributeMap } from "../validate-attribute-value";
import { toConsumedCapacity, toWriteCapacityUnits } from "./consumed-capacity";
import type { DynamoDbContext } from "./dynamodb-context";
import { getTableOrThrow } from "./dynamodb-context";
import { checkCondition, parseOptionalCondition, readReturnValues } from "./item-request";
import { rejectLegacyParameters, toExpressionScope } from "./request-expressions";

/**
 * PutItem: creates or replaces an item, optionally only if a ConditionExpression holds.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_PutItem.html
 */
export function putItem(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  rejectLegacyParameters(input);
  const table = getTableOrThrow(context, input);
  if (input.Item === undefined || input.Item === null) throw missingMemberError("item");
  const item = toAttributeMap(input.Item);
  const keys = toTableKeys(table.definition);
  checkItemKey(keys, item);
  const returnValues = readReturnValues(input);
  if (returnValues !== "NONE" && returnValues !== "ALL_OLD")
    throw validationError("ReturnValues can only be ALL_OLD or NONE");
  const scope = toExpressionScope(input, ["ConditionExpression"], ["ConditionExpression"]);
  const condition = parseOptionalCondition(input, "ConditionExpression", scope);
  scope.checkAllUsed();
  const size = itemSize(item);
  if (size > MAX_ITEM_SIZE) throw validationError("Item size has exceeded the maximum allowed size");
  const existing = findItem(table, extractKey(keys, item));
  checkCondition(input, condition, existing);
  const units = toWriteCapacityUnits(Math.max(size, existing === undefined ? 0 : itemSize(existing)));
  const attributes =
    returnValues === "ALL_OLD" && existing !== undefined ? { Attributes: cloneAttributeMap(existing) } : {};
  storeItem(table, item);
  return { ...attributes, ...toConsumedCapacity(input, table.definition.TableName, units) };
}
