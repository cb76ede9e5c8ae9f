import type { InputRecord } from "../../read-input";
import { readBoolean, readString } from "../../read-input";
import type { AttributeMap } from "../attribute-value";
import { compareScalars } from "../compare-attribute-values";
import { validationError } from "../dynamodb-errors";
import type { TableState } from "../dynamodb-state";
import { evaluateCondition } from "../expression/evaluate-condition";
import { parseConditionExpression } from "../expression/parse-condition-expression";
import type { TableKeys } from "../table-keys";
import { checkKey, extractKey, keyNames, toTableKeys } from "../table-keys";
import { readPartition } from "../table-store";
import { toAttributeMap } from "../validate-attribute-value";
import { toConsumedCapacity, toReadCapacityUnits } from "./consumed-capacity";
import type { DynamoDbContext } from "./dynamodb-context";
import { failDynamoDbSerialization, getTableOrThrow } from "./dynamodb-context";
import type { KeyCondition } from "./key-condition";
import { conditionPaths, toKeyCondition } from "./key-condition";
import { parseOptionalCondition } from "./item-request";
import { readPage, readPageOptions } from "./read-page";
import { rejectLegacyParameters, toExpressionScope } from "./request-expressions";

const EXPRESSIONS = ["KeyConditionExpression", "FilterExpression", "ProjectionExpression"];

/** Refuses an IndexName: tables in the simulator have no secondary indexes. */
export function rejectIndexName(input: InputRecord): void {
  const indexName = readString(input, "IndexName", failDynamoDbSerialization);
  if (indexName !== undefined)
    throw validationError(`The table does not have the specified index: ${indexName}`);
}

/** ExclusiveStartKey, checked against the key schema. */
export function readExclusiveStartKey(input: InputRecord, keys: TableKeys): AttributeMap | undefined {
  if (input.ExclusiveStartKey === undefined || input.ExclusiveStartKey === null) return undefined;
  const key = toAttributeMap(input.ExclusiveStartKey);
  checkKey(
    keys,
    key,
    "The provided starting key is invalid: The provided key element does not match the schema",
  );
  return key;
}

function readCandidates(
  table: TableState,
  keys: TableKeys,
  condition: KeyCondition,
  forward: boolean,
  start?: AttributeMap,
): AttributeMap[] {
  const range = keys.range;
  let items = readPartition(table, condition.hashKey).filter(
    (item) => condition.rangeCondition === undefined || evaluateCondition(condition.rangeCondition, item),
  );
  if (!forward) items = [...items].reverse();
  if (start === undefined) return items;
  if (range === undefined) return [];
  return items.filter((item) => {
    const order = compareScalars(item[range] ?? {}, start[range] ?? {}) ?? 0;
    return forward ? order > 0 : order < 0;
  });
}

function checkFilterAvoidsKeys(
  filterPaths: readonly (readonly (string | number)[])[],
  keys: TableKeys,
): void {
  const keyAttribute = keyNames(keys).find((name) => filterPaths.some((path) => path[0] === name));
  if (keyAttribute !== undefined) {
    throw validationError(
      `Filter Expression can only contain non-primary key attributes: Primary key attribute: ${keyAttribute}`,
    );
  }
}

/**
 * Query: the items of one partition, in sort-key order (or reverse with ScanIndexForward false), narrowed by the
 * sort-key condition, paginated, then filtered.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Query.html
 */
export function query(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  rejectLegacyParameters(input);
  const table = getTableOrThrow(context, input);
  rejectIndexName(input);
  const keys = toTableKeys(table.definition);
  const keyConditionText = readString(input, "KeyConditionExpression", failDynamoDbSerialization);
  if (keyConditionText === undefined) {
    throw validationError(
      "Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.",
    );
  }
  const scope = toExpressionScope(input, ["KeyConditionExpression", "FilterExpression"], EXPRESSIONS);
  const keyConditionNode = parseConditionExpression(keyConditionText, "KeyConditionExpression", scope);
  const filter = parseOptionalCondition(input, "FilterExpression", scope);
  const options = readPageOptions(input, scope, filter, "Query");
  scope.checkAllUsed();
  const keyCondition = toKeyCondition(keyConditionNode, keys);
  if (filter !== undefined) checkFilterAvoidsKeys(conditionPaths(filter), keys);
  const forward = readBoolean(input, "ScanIndexForward", failDynamoDbSerialization) ?? true;
  const consistentRead = readBoolean(input, "ConsistentRead", failDynamoDbSerialization) ?? false;
  const candidates = readCandidates(table, keys, keyCondition, forward, readExclusiveStartKey(input, keys));
  const page = readPage(candidates, options, (item) => extractKey(keys, item));
  const units = toReadCapacityUnits(page.bytesRead, consistentRead);
  return { ...page.output, ...toConsumedCapacity(input, table.definition.TableName, units) };
}
