import { z } from "zod";
import type { AttributeMap } from "./attribute-value";

const keySchemaElement = z.object({ AttributeName: z.string(), KeyType: z.enum(["HASH", "RANGE"]) });
const attributeDefinition = z.object({ AttributeName: z.string(), AttributeType: z.enum(["S", "N", "B"]) });

/** A table's definition, as CreateTable took it and DescribeTable returns it. */
export const tableDefinitionSchema = z.object({
  TableName: z.string(),
  KeySchema: z.array(keySchemaElement),
  AttributeDefinitions: z.array(attributeDefinition),
  BillingMode: z.enum(["PAY_PER_REQUEST", "PROVISIONED"]),
  ReadCapacityUnits: z.number(),
  WriteCapacityUnits: z.number(),
  /** Epoch seconds, as the JSON protocol sends timestamps. */
  CreationDateTime: z.number(),
  TableId: z.string(),
  TableArn: z.string(),
  DeletionProtectionEnabled: z.boolean(),
});

const partitionSchema = z.object({
  /** MD5 of the partition key: the order Scan walks partitions in, like DynamoDB's hash order. */
  hash: z.string(),
  /** The partition's items in ascending sort-key order. */
  items: z.array(z.record(z.string(), z.unknown())),
});

const tableStateSchema = z.object({
  definition: tableDefinitionSchema,
  partitions: z.record(z.string(), partitionSchema),
});

/** Every table of a sandbox; JSON-serializable so a sandbox can be saved and rebuilt. */
export const dynamoDbStateSchema = z.object({ tables: z.record(z.string(), tableStateSchema) });

export type TableDefinition = z.infer<typeof tableDefinitionSchema>;
export type KeySchemaElement = z.infer<typeof keySchemaElement>;
export type AttributeDefinition = z.infer<typeof attributeDefinition>;
export interface Partition {
  hash: string;
  items: AttributeMap[];
}
export interface TableState {
  definition: TableDefinition;
  partitions: Record<string, Partition>;
}
export interface DynamoDbState {
  tables: Record<string, TableState>;
}
