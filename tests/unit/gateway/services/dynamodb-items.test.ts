import { beforeEach, describe, expect, it } from "vitest";
import type { AwsServices } from "@/lib/gateway/services";
import { callError, createTable, createTestServices } from "./services-fixtures";

const PRODUCT = {
  pk: { S: "p-123" },
  Title: { S: "Bicycle 123" },
  Price: { N: "500" },
  Color: { SS: ["Red", "Black"] },
  ProductCategory: { S: "Bicycle" },
  InStock: { BOOL: true },
  Discontinued: { NULL: true },
  RelatedItems: { NS: ["341", "472", "649"] },
  Pictures: {
    M: { FrontView: { S: "http://example.com/front.jpg" }, SideView: { S: "http://example.com/side.jpg" } },
  },
  ProductReviews: {
    M: { FiveStar: { L: [{ S: "Excellent!" }, { S: "Very happy." }] }, OneStar: { L: [{ S: "Terrible." }] } },
  },
};

describe("DynamoDB PutItem, GetItem, DeleteItem", () => {
  let services: AwsServices;
  beforeEach(async () => {
    ({ services } = createTestServices());
    await createTable(services, "ProductCatalog");
    await services.call("dynamodb", "PutItem", { TableName: "ProductCatalog", Item: PRODUCT });
  });

  it("returns the stored item with numbers canonicalized", async () => {
    await services.call("dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: { pk: { S: "n" }, a: { N: "1.50" }, b: { NS: ["01", "2E1"] }, c: { NULL: false } },
    });
    const output = await services.call("dynamodb", "GetItem", {
      TableName: "ProductCatalog",
      Key: { pk: { S: "n" } },
      ConsistentRead: true,
    });
    expect(output).toEqual({
      Item: { pk: { S: "n" }, a: { N: "1.5" }, b: { NS: ["1", "20"] }, c: { NULL: true } },
    });
  });

  it("returns {} for a key with no item", async () => {
    expect(
      await services.call("dynamodb", "GetItem", { TableName: "ProductCatalog", Key: { pk: { S: "none" } } }),
    ).toEqual({});
  });

  it("projects top-level, nested map and list paths as in the developer guide", async () => {
    const output = await services.call("dynamodb", "GetItem", {
      TableName: "ProductCatalog",
      Key: { pk: { S: "p-123" } },
      ProjectionExpression: "Title, Pictures.FrontView, ProductReviews.FiveStar[1], #c",
      ExpressionAttributeNames: { "#c": "Color" },
    });
    expect(output).toEqual({
      Item: {
        Title: { S: "Bicycle 123" },
        Pictures: { M: { FrontView: { S: "http://example.com/front.jpg" } } },
        ProductReviews: { M: { FiveStar: { L: [{ S: "Very happy." }] } } },
        Color: { SS: ["Red", "Black"] },
      },
    });
  });

  it("replaces an item and returns the old one with ReturnValues ALL_OLD", async () => {
    const output = await services.call("dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: { pk: { S: "p-123" }, Title: { S: "New" } },
      ReturnValues: "ALL_OLD",
    });
    expect(output.Attributes).toEqual(PRODUCT);
    expect(
      await services.call("dynamodb", "GetItem", {
        TableName: "ProductCatalog",
        Key: { pk: { S: "p-123" } },
      }),
    ).toEqual({ Item: { pk: { S: "p-123" }, Title: { S: "New" } } });
  });

  it("refuses ReturnValues ALL_NEW on PutItem", async () => {
    const error = await callError(services, "dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: PRODUCT,
      ReturnValues: "ALL_NEW",
    });
    expect(error.message).toBe("ReturnValues can only be ALL_OLD or NONE");
  });

  it.each([
    ["attribute_not_exists(pk)", {}, false],
    ["attribute_exists(pk)", {}, true],
    ["Price > :p", { ":p": { N: "499.99" } }, true],
    ["Price BETWEEN :lo AND :hi", { ":lo": { N: "500" }, ":hi": { N: "600" } }, true],
    [
      "ProductCategory IN (:cat1, :cat2)",
      { ":cat1": { S: "Sporting Goods" }, ":cat2": { S: "Gardening Supplies" } },
      false,
    ],
    ["begins_with(Pictures.FrontView, :v_sub)", { ":v_sub": { S: "http://" } }, true],
    ["contains(Color, :c)", { ":c": { S: "Red" } }, true],
    ["contains(Title, :c)", { ":c": { S: "cycle" } }, true],
    ["contains(RelatedItems, :n)", { ":n": { N: "472.0" } }, true],
    ["size(ProductReviews.OneStar) > :v", { ":v": { N: "1" } }, false],
    ["attribute_type(ProductReviews.FiveStar, :v_sub)", { ":v_sub": { S: "L" } }, true],
    ["Price <> :p", { ":p": { N: "500" } }, false],
    ["Absent <> :p", { ":p": { N: "500" } }, true],
    ["Absent < :p", { ":p": { N: "500" } }, false],
    [
      "NOT (InStock = :f) AND (Price < :a OR Price > :b)",
      { ":f": { BOOL: false }, ":a": { N: "1" }, ":b": { N: "100" } },
      true,
    ],
    [
      "Pictures = :m",
      {
        ":m": {
          M: {
            SideView: { S: "http://example.com/side.jpg" },
            FrontView: { S: "http://example.com/front.jpg" },
          },
        },
      },
      true,
    ],
    ["Color = :s", { ":s": { SS: ["Black", "Red"] } }, true],
  ])("evaluates the condition %s to %s against the stored item", async (condition, values, holds) => {
    const input = {
      TableName: "ProductCatalog",
      Key: { pk: { S: "p-123" } },
      ConditionExpression: condition,
      ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    };
    if (holds) {
      await services.call("dynamodb", "DeleteItem", input);
      expect(
        await services.call("dynamodb", "GetItem", {
          TableName: "ProductCatalog",
          Key: { pk: { S: "p-123" } },
        }),
      ).toEqual({});
    } else {
      const error = await callError(services, "dynamodb", "DeleteItem", input);
      expect([error.type, error.message]).toEqual([
        "ConditionalCheckFailedException",
        "The conditional request failed",
      ]);
    }
  });

  it("returns the current item in the error with ReturnValuesOnConditionCheckFailure ALL_OLD", async () => {
    const error = await callError(services, "dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: { pk: { S: "p-123" } },
      ConditionExpression: "attribute_not_exists(pk)",
      ReturnValuesOnConditionCheckFailure: "ALL_OLD",
    });
    expect(error.fields).toEqual({ Item: PRODUCT });
  });

  it("deletes a missing item without error and returns no Attributes", async () => {
    expect(
      await services.call("dynamodb", "DeleteItem", {
        TableName: "ProductCatalog",
        Key: { pk: { S: "none" } },
        ReturnValues: "ALL_OLD",
      }),
    ).toEqual({});
  });

  it("accepts an item of exactly 409,600 bytes and refuses one byte more", async () => {
    const padding = (bytes: number) => ({
      pk: { S: "big" },
      p: { S: "x".repeat(bytes - "pk".length - "big".length - "p".length) },
    });
    await services.call("dynamodb", "PutItem", { TableName: "ProductCatalog", Item: padding(409_600) });
    const error = await callError(services, "dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: padding(409_601),
    });
    expect(error.message).toBe("Item size has exceeded the maximum allowed size");
  });

  it("reports write and read capacity units with ReturnConsumedCapacity", async () => {
    const put = await services.call("dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: { pk: { S: "c" }, d: { S: "x".repeat(1500) } },
      ReturnConsumedCapacity: "TOTAL",
    });
    expect(put.ConsumedCapacity).toEqual({ TableName: "ProductCatalog", CapacityUnits: 2 });
    const get = await services.call("dynamodb", "GetItem", {
      TableName: "ProductCatalog",
      Key: { pk: { S: "c" } },
      ReturnConsumedCapacity: "TOTAL",
    });
    expect(get.ConsumedCapacity).toEqual({ TableName: "ProductCatalog", CapacityUnits: 0.5 });
  });

  it("refuses an untyped value and a numeric N as the JSON protocol does", async () => {
    const empty = await callError(services, "dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: { pk: { S: "a" }, x: {} },
    });
    expect(empty.message).toBe(
      "Supplied AttributeValue is empty, must contain exactly one of the supported datatypes",
    );
    const numeric = await callError(services, "dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: { pk: { S: "a" }, x: { N: 5 } },
    });
    expect([numeric.type, numeric.message]).toEqual([
      "SerializationException",
      "NUMBER_VALUE cannot be converted to String",
    ]);
    const two = await callError(services, "dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: { pk: { S: "a" }, x: { S: "a", N: "1" } },
    });
    expect(two.message).toBe(
      "Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes",
    );
  });

  it("refuses the legacy Expected parameter instead of ignoring it", async () => {
    const error = await callError(services, "dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: PRODUCT,
      Expected: { pk: { Exists: false } },
    });
    expect(error.message).toBe(
      "The legacy parameter Expected is not simulated by Gatewise; use ConditionExpression",
    );
  });
});
