import { beforeEach, describe, expect, it } from "vitest";
import type { AwsServices } from "@/lib/gateway/services";
import { callError, createTable, createTestServices } from "./services-fixtures";

const KEY = { pk: { S: "789" } };

describe("DynamoDB UpdateItem (developer guide UpdateExpression examples)", () => {
  let services: AwsServices;
  const update = (input: Record<string, unknown>) =>
    services.call("dynamodb", "UpdateItem", { TableName: "ProductCatalog", Key: KEY, ...input });
  const read = async () =>
    (await services.call("dynamodb", "GetItem", { TableName: "ProductCatalog", Key: KEY })).Item as
      Record<string, unknown> | undefined;

  beforeEach(async () => {
    ({ services } = createTestServices());
    await createTable(services, "ProductCatalog");
    await services.call("dynamodb", "PutItem", {
      TableName: "ProductCatalog",
      Item: {
        ...KEY,
        ProductCategory: { S: "Home Improvement" },
        Price: { N: "52" },
        InStock: { BOOL: true },
        Brand: { S: "Acme" },
        Color: { SS: ["Red", "Green", "Blue"] },
        RelatedItems: { L: [{ S: "Hammer" }, { S: "Nails" }, { S: "Screwdriver" }] },
        ProductReviews: { M: { FiveStar: { L: [{ S: "Best product ever!" }] } } },
      },
    });
  });

  it("SET adds and replaces attributes and UPDATED_NEW returns just them", async () => {
    const output = await update({
      UpdateExpression: "SET ProductCategory = :c, Price = :p",
      ExpressionAttributeValues: { ":c": { S: "Hardware" }, ":p": { N: "60" } },
      ReturnValues: "UPDATED_NEW",
    });
    expect(output).toEqual({ Attributes: { ProductCategory: { S: "Hardware" }, Price: { N: "60" } } });
  });

  it("SET on nested map and list elements with ExpressionAttributeNames", async () => {
    await update({
      UpdateExpression: "SET #pr.#5star[1] = :r5, #pr.#3star = :r3, RelatedItems[0] = :ri",
      ExpressionAttributeNames: { "#pr": "ProductReviews", "#5star": "FiveStar", "#3star": "ThreeStar" },
      ExpressionAttributeValues: {
        ":r5": { S: "Very happy with my purchase" },
        ":r3": { L: [{ S: "Just OK - not that great" }] },
        ":ri": { S: "Saw" },
      },
    });
    const item = await read();
    expect(item).toMatchObject({
      ProductReviews: {
        M: {
          FiveStar: { L: [{ S: "Best product ever!" }, { S: "Very happy with my purchase" }] },
          ThreeStar: { L: [{ S: "Just OK - not that great" }] },
        },
      },
      RelatedItems: { L: [{ S: "Saw" }, { S: "Nails" }, { S: "Screwdriver" }] },
    });
  });

  it("SET arithmetic decrements with exact decimals and UPDATED_OLD returns the old value", async () => {
    const output = await update({
      UpdateExpression: "SET Price = Price - :p",
      ExpressionAttributeValues: { ":p": { N: "15.1" } },
      ReturnValues: "UPDATED_OLD",
    });
    expect(output).toEqual({ Attributes: { Price: { N: "52" } } });
    expect((await read())?.Price).toEqual({ N: "36.9" });
  });

  it("list_append appends and prepends", async () => {
    await update({
      UpdateExpression: "SET #ri = list_append(#ri, :vals)",
      ExpressionAttributeNames: { "#ri": "RelatedItems" },
      ExpressionAttributeValues: { ":vals": { L: [{ S: "Chisel" }] } },
    });
    await update({
      UpdateExpression: "SET #ri = list_append(:vals, #ri)",
      ExpressionAttributeNames: { "#ri": "RelatedItems" },
      ExpressionAttributeValues: { ":vals": { L: [{ S: "Level" }] } },
    });
    expect((await read())?.RelatedItems).toEqual({
      L: ["Level", "Hammer", "Nails", "Screwdriver", "Chisel"].map((S) => ({ S })),
    });
  });

  it("if_not_exists keeps an existing value and fills a missing one", async () => {
    await update({
      UpdateExpression: "SET Price = if_not_exists(Price, :p), Stock = if_not_exists(Stock, :p)",
      ExpressionAttributeValues: { ":p": { N: "100" } },
    });
    expect(await read()).toMatchObject({ Price: { N: "52" }, Stock: { N: "100" } });
  });

  it("REMOVE deletes attributes and list elements by their original indexes", async () => {
    await update({ UpdateExpression: "REMOVE Brand, InStock, RelatedItems[0], RelatedItems[2], Absent" });
    const item = await read();
    expect(item?.Brand).toBeUndefined();
    expect(item?.InStock).toBeUndefined();
    expect(item?.RelatedItems).toEqual({ L: [{ S: "Nails" }] });
  });

  it("ADD creates a number, increments it, and unions a set; DELETE removes set members", async () => {
    await update({
      UpdateExpression: "ADD QuantityOnHand :q, Color :c",
      ExpressionAttributeValues: { ":q": { N: "5" }, ":c": { SS: ["Orange", "Red"] } },
    });
    await update({
      UpdateExpression: "ADD QuantityOnHand :q DELETE Color :p",
      ExpressionAttributeValues: { ":q": { N: "-2" }, ":p": { SS: ["Red", "Green"] } },
    });
    expect(await read()).toMatchObject({ QuantityOnHand: { N: "3" }, Color: { SS: ["Blue", "Orange"] } });
    await update({
      UpdateExpression: "DELETE Color :p",
      ExpressionAttributeValues: { ":p": { SS: ["Blue", "Orange"] } },
    });
    expect((await read())?.Color).toBeUndefined();
  });

  it("creates the item when it does not exist and ALL_NEW includes the key", async () => {
    const output = await services.call("dynamodb", "UpdateItem", {
      TableName: "ProductCatalog",
      Key: { pk: { S: "new" } },
      UpdateExpression: "SET Visits = if_not_exists(Visits, :zero) + :one",
      ExpressionAttributeValues: { ":zero": { N: "0" }, ":one": { N: "1" } },
      ReturnValues: "ALL_NEW",
    });
    expect(output).toEqual({ Attributes: { pk: { S: "new" }, Visits: { N: "1" } } });
  });

  it("applies the update only when the ConditionExpression holds (optimistic locking)", async () => {
    await update({
      UpdateExpression: "SET Price = :new",
      ConditionExpression: "Price = :old",
      ExpressionAttributeValues: { ":new": { N: "55" }, ":old": { N: "52" } },
    });
    const error = await callError(services, "dynamodb", "UpdateItem", {
      TableName: "ProductCatalog",
      Key: KEY,
      UpdateExpression: "SET Price = :new",
      ConditionExpression: "Price = :old",
      ExpressionAttributeValues: { ":new": { N: "60" }, ":old": { N: "52" } },
    });
    expect(error.type).toBe("ConditionalCheckFailedException");
    expect((await read())?.Price).toEqual({ N: "55" });
  });

  it.each([
    [
      "SET Price = Missing0 + :p",
      { ":p": { N: "1" } },
      undefined,
      "The provided expression refers to an attribute that does not exist in the item",
    ],
    [
      "SET Price = Brand + :p",
      { ":p": { N: "1" } },
      undefined,
      "An operand in the update expression has an incorrect data type",
    ],
    [
      "SET Brand = list_append(Brand, :p)",
      { ":p": { L: [] } },
      undefined,
      "An operand in the update expression has an incorrect data type",
    ],
    [
      "ADD Brand :s",
      { ":s": { S: "x" } },
      undefined,
      "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: ADD, operand type: STRING, typeSet: ALLOWED_FOR_ADD_OPERAND",
    ],
    [
      "DELETE Color :n",
      { ":n": { N: "1" } },
      undefined,
      "Invalid UpdateExpression: Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER, typeSet: ALLOWED_FOR_DELETE_OPERAND",
    ],
    [
      "SET Nope.child = :p",
      { ":p": { N: "1" } },
      undefined,
      "The document path provided in the update expression is invalid for update",
    ],
    [
      "SET a = :p SET b = :p",
      { ":p": { N: "1" } },
      undefined,
      'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;',
    ],
    [
      "SET Price = :p REMOVE Price",
      { ":p": { N: "1" } },
      undefined,
      "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [Price], path two: [Price]",
    ],
    [
      "SET #a = :p, #a.b = :p",
      { ":p": { N: "1" } },
      { "#a": "x" },
      "Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [x], path two: [x, b]",
    ],
    [
      "SET Price = :p + :p + :p",
      { ":p": { N: "1" } },
      undefined,
      'Invalid UpdateExpression: Syntax error; token: "+", near: ":p + :p"',
    ],
    [
      "SET Price = size(Brand)",
      undefined,
      undefined,
      'Invalid UpdateExpression: Syntax error; token: "size", near: "= size("',
    ],
    [
      "SET Price = foo(Brand)",
      undefined,
      undefined,
      "Invalid UpdateExpression: Invalid function name; function: foo",
    ],
    [
      "SET Price =",
      undefined,
      undefined,
      'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: "="',
    ],
  ])("refuses %s with DynamoDB's message", async (expression, values, names, message) => {
    const input: Record<string, unknown> = {
      TableName: "ProductCatalog",
      Key: KEY,
      UpdateExpression: expression,
    };
    if (values !== undefined) input.ExpressionAttributeValues = values;
    if (names !== undefined) input.ExpressionAttributeNames = names;
    const error = await callError(services, "dynamodb", "UpdateItem", input);
    expect([error.type, error.message]).toEqual(["ValidationException", message]);
  });

  it("refuses an update that grows the item past 400 KB with the update wording", async () => {
    const error = await callError(services, "dynamodb", "UpdateItem", {
      TableName: "ProductCatalog",
      Key: KEY,
      UpdateExpression: "SET Huge = :h",
      ExpressionAttributeValues: { ":h": { S: "x".repeat(409_600) } },
    });
    expect(error.message).toBe("Item size to update has exceeded the maximum allowed size");
  });
});
