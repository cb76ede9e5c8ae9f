import { AwsServiceError } from "../aws-service-error";
import { toInputRecord } from "../read-input";
import type { AttributeMap } from "./attribute-value";
import { cloneAttributeMap } from "./attribute-value";
import type { DynamoDbState } from "./dynamodb-state";
import { createTable } from "./operations/create-table";
import { deleteItem } from "./operations/delete-item";
import type { DynamoDbContext, DynamoDbOperation } from "./operations/dynamodb-context";
import { failDynamoDbSerialization } from "./operations/dynamodb-context";
import { getItem } from "./operations/get-item";
import { putItem } from "./operations/put-item";
import { query } from "./operations/query";
import { scan } from "./operations/scan";
import { deleteTable, describeTable, listTables } from "./operations/table-operations";
import { updateItem } from "./operations/update-item";
import { readAllItems } from "./table-store";

const OPERATIONS: Readonly<Record<string, DynamoDbOperation>> = {
  CreateTable: createTable,
  DescribeTable: describeTable,
  DeleteTable: deleteTable,
  ListTables: listTables,
  PutItem: putItem,
  GetItem: getItem,
  DeleteItem: deleteItem,
  UpdateItem: updateItem,
  Query: query,
  Scan: scan,
};

/** The operations the simulated DynamoDB answers. */
export const DYNAMODB_OPERATIONS: readonly string[] = Object.keys(OPERATIONS);

/**
 * Runs one DynamoDB operation (JSON 1.0 protocol request and response bodies).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_Operations_Amazon_DynamoDB.html
 */
export function callDynamoDb(
  context: DynamoDbContext,
  operation: string,
  input: unknown,
): Record<string, unknown> {
  const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
  if (handler === undefined)
    throw new AwsServiceError("dynamodb", "UnknownOperationException", `Unknown operation ${operation}`);
  return handler(context, toInputRecord(input, failDynamoDbSerialization));
}

export function emptyDynamoDbState(): DynamoDbState {
  return { tables: {} };
}

/** For labs: every item of a table in Scan order, or undefined when the table does not exist. */
export function listTableItems(state: DynamoDbState, tableName: string): AttributeMap[] | undefined {
  const table = state.tables[tableName];
  return table === undefined ? undefined : readAllItems(table).map(cloneAttributeMap);
}
