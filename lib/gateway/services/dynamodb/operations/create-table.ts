import { randomUuid } from "../../../ports";
import { AwsServiceError } from "../../aws-service-error";
import type { InputRecord } from "../../read-input";
import { isRecord, readList, readRecord } from "../../read-input";
import {
  PARAMETER_VALUES_INVALID,
  constraintError,
  missingMemberError,
  validationError,
} from "../dynamodb-errors";
import type { AttributeDefinition, KeySchemaElement, TableDefinition } from "../dynamodb-state";
import type { DynamoDbContext } from "./dynamodb-context";
import { failDynamoDbSerialization, readEnum, readTableName } from "./dynamodb-context";
import { toTableDescription } from "./describe-table-state";

function readKeySchema(input: InputRecord): KeySchemaElement[] {
  const raw = readList(input, "KeySchema", failDynamoDbSerialization);
  if (raw === undefined) throw missingMemberError("keySchema");
  const schema = raw.filter(isRecord).map((entry) => ({
    AttributeName: String(entry.AttributeName ?? ""),
    KeyType: entry.KeyType === "RANGE" ? ("RANGE" as const) : ("HASH" as const),
  }));
  if (schema.length === 0)
    throw constraintError("'[]'", "keySchema", "Member must have length greater than or equal to 1");
  if (schema.length > 2)
    throw constraintError(
      `'${JSON.stringify(raw)}'`,
      "keySchema",
      "Member must have length less than or equal to 2",
    );
  if (schema[0]?.KeyType !== "HASH")
    throw validationError("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
  if (schema[1] !== undefined && schema[1].KeyType !== "RANGE") {
    throw validationError("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
  }
  if (schema[1] !== undefined && schema[1].AttributeName === schema[0].AttributeName) {
    throw validationError("Both the Hash Key and the Range Key element in the KeySchema have the same name");
  }
  return schema;
}

function readAttributeDefinitions(
  input: InputRecord,
  keySchema: readonly KeySchemaElement[],
): AttributeDefinition[] {
  const raw = readList(input, "AttributeDefinitions", failDynamoDbSerialization);
  if (raw === undefined) throw missingMemberError("attributeDefinitions");
  const definitions = raw.filter(isRecord).map((entry, i): AttributeDefinition => {
    const type = entry.AttributeType;
    if (type !== "S" && type !== "N" && type !== "B") {
      throw constraintError(
        `'${String(type)}'`,
        `attributeDefinitions.${i + 1}.member.attributeType`,
        "Member must satisfy enum value set: [B, N, S]",
      );
    }
    return { AttributeName: String(entry.AttributeName ?? ""), AttributeType: type };
  });
  const defined = definitions.map((entry) => entry.AttributeName);
  const missing = keySchema.map((entry) => entry.AttributeName).filter((name) => !defined.includes(name));
  if (missing.length > 0) {
    throw validationError(
      `${PARAMETER_VALUES_INVALID} Some index key attributes are not defined in AttributeDefinitions. Keys: [${missing.join(", ")}], AttributeDefinitions: [${defined.join(", ")}]`,
    );
  }
  if (definitions.length !== keySchema.length) {
    throw validationError(
      `${PARAMETER_VALUES_INVALID} Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions`,
    );
  }
  return definitions;
}

function readThroughput(
  input: InputRecord,
  billingMode: "PROVISIONED" | "PAY_PER_REQUEST",
): [number, number] {
  const throughput = readRecord(input, "ProvisionedThroughput", failDynamoDbSerialization);
  if (billingMode === "PAY_PER_REQUEST") {
    if (throughput !== undefined) {
      throw validationError(
        `${PARAMETER_VALUES_INVALID} Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST`,
      );
    }
    return [0, 0];
  }
  if (throughput === undefined) throw validationError("No provisioned throughput specified for the table");
  const read = Number(throughput.ReadCapacityUnits);
  const write = Number(throughput.WriteCapacityUnits);
  if (!(read >= 1) || !(write >= 1)) {
    throw validationError(
      `${PARAMETER_VALUES_INVALID} ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED`,
    );
  }
  return [read, write];
}

/**
 * CreateTable: a hash key and an optional range key, on-demand or provisioned. The table is usable at once; the
 * response says CREATING as DynamoDB's does, and DescribeTable then says ACTIVE.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html
 */
export function createTable(context: DynamoDbContext, input: InputRecord): Record<string, unknown> {
  const tableName = readTableName(input, 3);
  const keySchema = readKeySchema(input);
  const attributeDefinitions = readAttributeDefinitions(input, keySchema);
  const billingMode = readEnum(input, "BillingMode", ["PROVISIONED", "PAY_PER_REQUEST"], "PROVISIONED");
  const [read, write] = readThroughput(input, billingMode);
  if (input.GlobalSecondaryIndexes !== undefined || input.LocalSecondaryIndexes !== undefined) {
    throw validationError("Secondary indexes are not simulated by Gatewise");
  }
  if (context.state.tables[tableName] !== undefined) {
    throw new AwsServiceError("dynamodb", "ResourceInUseException", `Table already exists: ${tableName}`);
  }
  const definition: TableDefinition = {
    TableName: tableName,
    KeySchema: keySchema,
    AttributeDefinitions: attributeDefinitions,
    BillingMode: billingMode,
    ReadCapacityUnits: read,
    WriteCapacityUnits: write,
    CreationDateTime: context.clock.now() / 1000,
    TableId: randomUuid(context.random),
    TableArn: `arn:aws:dynamodb:${context.region}:${context.accountId}:table/${tableName}`,
    DeletionProtectionEnabled: false,
  };
  const table = { definition, partitions: {} };
  context.state.tables[tableName] = table;
  return { TableDescription: toTableDescription(table, "CREATING") };
}
