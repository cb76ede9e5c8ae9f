import type { InputRecord } from "../../read-input";
import { readString } from "../../read-input";
import type { AttributeMap } from "../attribute-value";
import { cloneAttributeMap } from "../attribute-value";
import { PARAMETER_VALUES_INVALID, validationError } from "../dynamodb-errors";
import { applyUpdateActions } from "../expression/apply-update-actions";
import { projectItem } from "../expression/document-path";
import type { UpdateAction } from "../expression/expression-ast";
import { parseUpdateExpression } from "../expression/parse-update-expression";
import { MAX_ITEM_SIZE, itemSize } from "../item-size";
import type { TableKeys } from "../table-keys";
import { keyNames, toTableKeys } from "../table-keys";
import { findItem, storeItem } from "../table-store";
import { toConsumedCapacity, toWriteCapacityUnits } from "./consumed-capacity";
import type { DynamoDbContext } from "./dynamodb-context";
import { failDynamoDbSerialization, getTableOrThrow } from "./dynamodb-context";
import type { ReturnValues } from "./item-request";
import { checkCondition, parseOptionalCondition, readItemKey, readReturnValues } from "./item-request";
import { rejectLegacyParameters, toExpressionScope } from "./request-expressions";

const EXPRESSIONS = ["UpdateExpression", "ConditionExpression"];

function checkKeyUntouched(keys: TableKeys, actions: readonly UpdateAction[]): void {
  const names = keyNames(keys);
  const touched = actions.find((action) => names.includes(String(action.path[0])));
  if (touched !== undefined) {
    throw validationError(
      `${PARAMETER_VALUES_INVALID} Cannot update attribute ${String(touched.path[0])}. This attribute is part of the key`,
    );
  }
}

function toReturnedAttributes(
  returnValues: ReturnValues,
  existing: AttributeMap | undefined,
  updated: AttributeMap,
  actions: readonly UpdateAction[],
): Record<string, unknown> {
  const paths = actions.map((action) => action.path);
  const attributes =
    returnValues === "ALL_OLD"
      ? existing && cloneAttributeMap(existing)
      : returnValues === "ALL_NEW"
        ? cloneAttributeMap(updated)
        : returnValues === "UPDATED_OLD"
          ? projectItem(existing ?? {}, paths)
          : returnValues === "UPDATED_NEW"
            ? projectItem(updated, paths)
            : undefined;
  return attributes === undefined || Object.keys(attributes).length === 0 ? {} : { Attributes: attributes };
}

/**
 * UpdateItem: edits an item's attributes with an UpdateExpression, creating the item if it does not exist,
 * optionally only if a ConditionExpression holds.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateItem.html
 */
export function updateItem(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  rejectLegacyParameters(input);
  const table = getTableOrThrow(context, input);
  const key = readItemKey(table, input);
  const keys = toTableKeys(table.definition);
  const returnValues = readReturnValues(input);
  const scope = toExpressionScope(input, EXPRESSIONS, EXPRESSIONS);
  const updateText = readString(input, "UpdateExpression", failDynamoDbSerialization);
  const actions = updateText === undefined ? [] : parseUpdateExpression(updateText, scope);
  const condition = parseOptionalCondition(input, "ConditionExpression", scope);
  scope.checkAllUsed();
  checkKeyUntouched(keys, actions);
  const existing = findItem(table, key);
  checkCondition(input, condition, existing);
  const updated = applyUpdateActions(existing ?? key, actions);
  const size = itemSize(updated);
  if (size > MAX_ITEM_SIZE)
    throw validationError("Item size to update has exceeded the maximum allowed size");
  const units = toWriteCapacityUnits(Math.max(size, existing === undefined ? 0 : itemSize(existing)));
  const returned = toReturnedAttributes(returnValues, existing, updated, actions);
  storeItem(table, updated);
  return { ...returned, ...toConsumedCapacity(input, table.definition.TableName, units) };
}
