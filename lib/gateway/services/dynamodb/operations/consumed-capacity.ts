import type { InputRecord } from "../../read-input";
import { readEnum } from "./dynamodb-context";

/**
 * Capacity units as DynamoDB bills them: a read unit per 4 KB (half for eventually consistent reads), a write unit
 * per 1 KB, at least one unit per request.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html
 */
export function toReadCapacityUnits(bytes: number, consistentRead: boolean): number {
  const units = Math.max(1, Math.ceil(bytes / 4096));
  return consistentRead ? units : units / 2;
}

export function toWriteCapacityUnits(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / 1024));
}

/** The ConsumedCapacity member for ReturnConsumedCapacity TOTAL or INDEXES (empty for NONE). */
export function toConsumedCapacity(
  input: InputRecord,
  tableName: string,
  units: number,
): Record<string, unknown> {
  const mode = readEnum(input, "ReturnConsumedCapacity", ["INDEXES", "TOTAL", "NONE"], "NONE");
  if (mode === "NONE") return {};
  const total = { TableName: tableName, CapacityUnits: units };
  return { ConsumedCapacity: mode === "TOTAL" ? total : { ...total, Table: { CapacityUnits: units } } };
}
