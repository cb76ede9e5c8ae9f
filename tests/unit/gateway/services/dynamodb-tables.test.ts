import { describe, expect, it } from "vitest";
import { callError, createTable, createTestServices } from "./services-fixtures";

describe("DynamoDB tables", () => {
  it("creates an on-demand table whose description follows DescribeTable's shape", async () => {
    const { services } = createTestServices();
    const created = await services.call("dynamodb", "CreateTable", {
      TableName: "Music",
      KeySchema: [
        { AttributeName: "Artist", KeyType: "HASH" },
        { AttributeName: "SongTitle", KeyType: "RANGE" },
      ],
      AttributeDefinitions: [
        { AttributeName: "Artist", AttributeType: "S" },
        { AttributeName: "SongTitle", AttributeType: "S" },
      ],
      BillingMode: "PAY_PER_REQUEST",
    });
    expect(created.TableDescription).toMatchObject({
      TableName: "Music",
      TableStatus: "CREATING",
      ItemCount: 0,
    });
    await services.call("dynamodb", "PutItem", {
      TableName: "Music",
      Item: { Artist: { S: "No One You Know" }, SongTitle: { S: "Call Me Today" } },
    });
    const described = await services.call("dynamodb", "DescribeTable", { TableName: "Music" });
    expect(described.Table).toEqual({
      AttributeDefinitions: [
        { AttributeName: "Artist", AttributeType: "S" },
        { AttributeName: "SongTitle", AttributeType: "S" },
      ],
      TableName: "Music",
      KeySchema: [
        { AttributeName: "Artist", KeyType: "HASH" },
        { AttributeName: "SongTitle", KeyType: "RANGE" },
      ],
      TableStatus: "ACTIVE",
      CreationDateTime: 1767225600,
      ProvisionedThroughput: { NumberOfDecreasesToday: 0, ReadCapacityUnits: 0, WriteCapacityUnits: 0 },
      TableSizeBytes: 43,
      ItemCount: 1,
      TableArn: "arn:aws:dynamodb:us-east-1:123456789012:table/Music",
      TableId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      DeletionProtectionEnabled: false,
      BillingModeSummary: { BillingMode: "PAY_PER_REQUEST", LastUpdateToPayPerRequestDateTime: 1767225600 },
    });
  });

  it("lists tables in name order with pagination and deletes them", async () => {
    const { services } = createTestServices();
    for (const name of ["ccc", "aaa", "bbb"]) await createTable(services, name);
    expect(await services.call("dynamodb", "ListTables", { Limit: 2 })).toEqual({
      TableNames: ["aaa", "bbb"],
      LastEvaluatedTableName: "bbb",
    });
    expect(await services.call("dynamodb", "ListTables", { ExclusiveStartTableName: "bbb" })).toEqual({
      TableNames: ["ccc"],
    });
    const deleted = await services.call("dynamodb", "DeleteTable", { TableName: "aaa" });
    expect(deleted.TableDescription).toMatchObject({ TableName: "aaa", TableStatus: "DELETING" });
    const error = await callError(services, "dynamodb", "DescribeTable", { TableName: "aaa" });
    expect([error.type, error.message]).toEqual([
      "ResourceNotFoundException",
      "Requested resource not found: Table: aaa not found",
    ]);
  });

  it.each([
    [
      {
        KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "other", AttributeType: "S" }],
        BillingMode: "PAY_PER_REQUEST",
      },
      "One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [id], AttributeDefinitions: [other]",
    ],
    [
      {
        KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
        AttributeDefinitions: [
          { AttributeName: "id", AttributeType: "S" },
          { AttributeName: "x", AttributeType: "S" },
        ],
        BillingMode: "PAY_PER_REQUEST",
      },
      "One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions",
    ],
    [
      {
        KeySchema: [{ AttributeName: "id", KeyType: "RANGE" }],
        AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
        BillingMode: "PAY_PER_REQUEST",
      },
      "Invalid KeySchema: The first KeySchemaElement is not a HASH key type",
    ],
    [
      {
        KeySchema: [{ AttributeName: "id", KeyType: "HASH" }],
        AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }],
      },
      "No provisioned throughput specified for the table",
    ],
    [
      { AttributeDefinitions: [{ AttributeName: "id", AttributeType: "S" }], BillingMode: "PAY_PER_REQUEST" },
      "1 validation error detected: Value null at 'keySchema' failed to satisfy constraint: Member must not be null",
    ],
  ])("refuses an invalid CreateTable request (%#)", async (request, message) => {
    const { services } = createTestServices();
    const error = await callError(services, "dynamodb", "CreateTable", { TableName: "Bad", ...request });
    expect([error.type, error.message]).toEqual(["ValidationException", message]);
  });

  it("refuses a second table with the same name", async () => {
    const { services } = createTestServices();
    await createTable(services, "Twice");
    const error = await callError(services, "dynamodb", "CreateTable", {
      TableName: "Twice",
      KeySchema: [{ AttributeName: "pk", KeyType: "HASH" }],
      AttributeDefinitions: [{ AttributeName: "pk", AttributeType: "S" }],
      BillingMode: "PAY_PER_REQUEST",
    });
    expect([error.type, error.message]).toEqual(["ResourceInUseException", "Table already exists: Twice"]);
  });

  it("answers an unknown operation with UnknownOperationException", async () => {
    const { services } = createTestServices();
    const error = await callError(services, "dynamodb", "BatchGetThings", {});
    expect(error.type).toBe("UnknownOperationException");
  });
});
