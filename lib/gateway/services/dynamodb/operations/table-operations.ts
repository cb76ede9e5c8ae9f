import type { InputRecord } from "../../read-input";
import { readInteger, readString } from "../../read-input";
import { constraintError, resourceNotFound } from "../dynamodb-errors";
import type { DynamoDbContext } from "./dynamodb-context";
import { failDynamoDbSerialization, readTableName } from "./dynamodb-context";
import { toTableDescription } from "./describe-table-state";

/**
 * DescribeTable.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DescribeTable.html
 */
export function describeTable(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  const tableName = readTableName(input);
  const table = context.state.tables[tableName];
  if (table === undefined) throw resourceNotFound(tableName);
  return { Table: toTableDescription(table, "ACTIVE") };
}

/**
 * DeleteTable: the table and its items go at once; the response says DELETING, as DynamoDB's does.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_DeleteTable.html
 */
export function deleteTable(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  const tableName = readTableName(input);
  const table = context.state.tables[tableName];
  if (table === undefined) throw resourceNotFound(tableName);
  delete context.state.tables[tableName];
  return { TableDescription: toTableDescription(table, "DELETING") };
}

/**
 * ListTables, in name order, paginated by ExclusiveStartTableName / LastEvaluatedTableName.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ListTables.html
 */
export function listTables(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  const limit = readInteger(input, "Limit", failDynamoDbSerialization) ?? 100;
  if (limit < 1 || limit > 100) {
    const bound = limit < 1 ? "greater than or equal to 1" : "less than or equal to 100";
    throw constraintError(`'${limit}'`, "limit", `Member must have value ${bound}`);
  }
  const start = readString(input, "ExclusiveStartTableName", failDynamoDbSerialization);
  const names = Object.keys(context.state.tables)
    .sort()
    .filter((name) => start === undefined || name > start);
  const page = names.slice(0, limit);
  const last = page[page.length - 1];
  return names.length > limit && last !== undefined
    ? { TableNames: page, LastEvaluatedTableName: last }
    : { TableNames: page };
}
