import type { TableState } from "../dynamodb-state";
import { itemSize } from "../item-size";
import { readAllItems } from "../table-store";

/**
 * A table's TableDescription, as CreateTable, DescribeTable and DeleteTable return it. ItemCount and
 * TableSizeBytes are live here; DynamoDB refreshes them about every six hours (listed in DEVIATIONS.md).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TableDescription.html
 */
export function toTableDescription(
  table: TableState,
  status: "CREATING" | "ACTIVE" | "DELETING",
): Record<string, unknown> {
  const definition = table.definition;
  const items = readAllItems(table);
  const description: Record<string, unknown> = {
    AttributeDefinitions: definition.AttributeDefinitions,
    TableName: definition.TableName,
    KeySchema: definition.KeySchema,
    TableStatus: status,
    CreationDateTime: definition.CreationDateTime,
    ProvisionedThroughput: {
      NumberOfDecreasesToday: 0,
      ReadCapacityUnits: definition.ReadCapacityUnits,
      WriteCapacityUnits: definition.WriteCapacityUnits,
    },
    TableSizeBytes: items.reduce((total, item) => total + itemSize(item), 0),
    ItemCount: items.length,
    TableArn: definition.TableArn,
    TableId: definition.TableId,
    DeletionProtectionEnabled: definition.DeletionProtectionEnabled,
  };
  if (definition.BillingMode === "PAY_PER_REQUEST") {
    description.BillingModeSummary = {
      BillingMode: "PAY_PER_REQUEST",
      LastUpdateToPayPerRequestDateTime: definition.CreationDateTime,
    };
  }
  return description;
}
