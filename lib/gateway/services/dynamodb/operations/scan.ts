import type { InputRecord } from "../../read-input";
import { readBoolean, readInteger } from "../../read-input";
import type { AttributeMap } from "../attribute-value";
import { compareScalars } from "../compare-attribute-values";
import { constraintError, validationError } from "../dynamodb-errors";
import type { Partition, TableState } from "../dynamodb-state";
import { md5OfUtf8 } from "../../md5";
import type { TableKeys } from "../table-keys";
import { extractKey, toPartitionKey, toTableKeys } from "../table-keys";
import { readPartitionsInScanOrder } from "../table-store";
import { toConsumedCapacity, toReadCapacityUnits } from "./consumed-capacity";
import type { DynamoDbContext } from "./dynamodb-context";
import { failDynamoDbSerialization, getTableOrThrow } from "./dynamodb-context";
import { parseOptionalCondition } from "./item-request";
import { readExclusiveStartKey, rejectIndexName } from "./query";
import { readPage, readPageOptions } from "./read-page";
import { rejectLegacyParameters, toExpressionScope } from "./request-expressions";

interface Segment {
  readonly segment: number;
  readonly totalSegments: number;
}

function readSegment(input: InputRecord): Segment | undefined {
  const segment = readInteger(input, "Segment", failDynamoDbSerialization);
  const totalSegments = readInteger(input, "TotalSegments", failDynamoDbSerialization);
  if (segment === undefined && totalSegments === undefined) return undefined;
  if (totalSegments === undefined) {
    throw validationError(
      "The TotalSegments parameter is required but was not present in the request when Segment parameter is present",
    );
  }
  if (segment === undefined) {
    throw validationError(
      "The Segment parameter is required but was not present in the request when parameter TotalSegments is present",
    );
  }
  if (totalSegments < 1 || totalSegments > 1_000_000) {
    throw constraintError(
      `'${totalSegments}'`,
      "totalSegments",
      "Member must have value between 1 and 1000000",
    );
  }
  if (segment >= totalSegments) {
    throw validationError(
      `The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: ${segment} is not less than TotalSegments: ${totalSegments}`,
    );
  }
  return { segment, totalSegments };
}

/** Parallel-scan segments split the partition-hash space evenly. */
function inSegment(partition: Partition, segment: Segment | undefined): boolean {
  if (segment === undefined) return true;
  const position = parseInt(partition.hash.slice(0, 8), 16) / 2 ** 32;
  return Math.floor(position * segment.totalSegments) === segment.segment;
}

function* readCandidates(
  table: TableState,
  keys: TableKeys,
  segment: Segment | undefined,
  start?: AttributeMap,
): Generator<AttributeMap> {
  const startHash = start === undefined ? undefined : md5OfUtf8(toPartitionKey(start[keys.hash] ?? {}));
  const range = keys.range;
  for (const partition of readPartitionsInScanOrder(table)) {
    if (!inSegment(partition, segment) || (startHash !== undefined && partition.hash < startHash)) continue;
    for (const item of partition.items) {
      if (
        startHash === partition.hash &&
        (range === undefined || (compareScalars(item[range] ?? {}, start?.[range] ?? {}) ?? 0) <= 0)
      )
        continue;
      yield item;
    }
  }
}

/**
 * Scan: every item, in partition-hash order (not key order, as in DynamoDB), paginated, then filtered.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Scan.html
 */
export function scan(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  rejectLegacyParameters(input);
  const table = getTableOrThrow(context, input);
  rejectIndexName(input);
  const keys = toTableKeys(table.definition);
  const segment = readSegment(input);
  const scope = toExpressionScope(input, ["FilterExpression"], ["FilterExpression", "ProjectionExpression"]);
  const filter = parseOptionalCondition(input, "FilterExpression", scope);
  const options = readPageOptions(input, scope, filter, "Scan");
  scope.checkAllUsed();
  const consistentRead = readBoolean(input, "ConsistentRead", failDynamoDbSerialization) ?? false;
  const candidates = readCandidates(table, keys, segment, readExclusiveStartKey(input, keys));
  const page = readPage(candidates, options, (item) => extractKey(keys, item));
  const units = toReadCapacityUnits(page.bytesRead, consistentRead);
  return { ...page.output, ...toConsumedCapacity(input, table.definition.TableName, units) };
}
