import type { InputRecord } from "../../read-input";
import { readBoolean, readString } from "../../read-input";
import { cloneAttributeMap } from "../attribute-value";
import { projectItem } from "../expression/document-path";
import { parseProjectionExpression } from "../expression/parse-projection-expression";
import { itemSize } from "../item-size";
import { findItem } from "../table-store";
import { toConsumedCapacity, toReadCapacityUnits } from "./consumed-capacity";
import type { DynamoDbContext } from "./dynamodb-context";
import { failDynamoDbSerialization, getTableOrThrow } from "./dynamodb-context";
import { readItemKey } from "./item-request";
import { rejectLegacyParameters, toExpressionScope } from "./request-expressions";

/**
 * GetItem: one item by its full key, optionally projected. Reads are always consistent in the simulator;
 * ConsistentRead only changes the capacity units reported.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GetItem.html
 */
export function getItem(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  rejectLegacyParameters(input);
  const table = getTableOrThrow(context, input);
  const key = readItemKey(table, input);
  const consistentRead = readBoolean(input, "ConsistentRead", failDynamoDbSerialization) ?? false;
  const scope = toExpressionScope(input, [], ["ProjectionExpression"]);
  const projectionText = readString(input, "ProjectionExpression", failDynamoDbSerialization);
  const projection =
    projectionText === undefined ? undefined : parseProjectionExpression(projectionText, scope);
  scope.checkAllUsed();
  const item = findItem(table, key);
  const units = toReadCapacityUnits(item === undefined ? 0 : itemSize(item), consistentRead);
  const capacity = toConsumedCapacity(input, table.definition.TableName, units);
  if (item === undefined) return capacity;
  return {
    Item: projection === undefined ? cloneAttributeMap(item) : projectItem(item, projection),
    ...capacity,
  };
}
