import { beforeEach, describe, expect, it } from "vitest";
import type { AwsServices } from "@/lib/gateway/services";
import { callError, createTable, createTestServices } from "./services-fixtures";

const keysOf = (output: Record<string, unknown>) =>
  (output.Items as { sk: { N?: string; S?: string } }[]).map((item) => item.sk.N ?? item.sk.S);

describe("DynamoDB Query", () => {
  let services: AwsServices;
  const query = (input: Record<string, unknown>) =>
    services.call("dynamodb", "Query", { TableName: "Scores", ...input });

  beforeEach(async () => {
    ({ services } = createTestServices());
    await createTable(services, "Scores", "N");
    for (const [sk, category] of [
      ["10", "even"],
      ["9", "odd"],
      ["100", "even"],
      ["-1", "odd"],
      ["2.5", "odd"],
    ] as const) {
      await services.call("dynamodb", "PutItem", {
        TableName: "Scores",
        Item: { pk: { S: "u1" }, sk: { N: sk }, category: { S: category } },
      });
    }
    await services.call("dynamodb", "PutItem", {
      TableName: "Scores",
      Item: { pk: { S: "u2" }, sk: { N: "1" } },
    });
  });

  it("returns one partition in numeric sort-key order", async () => {
    const output = await query({
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": { S: "u1" } },
    });
    expect(keysOf(output)).toEqual(["-1", "2.5", "9", "10", "100"]);
    expect([output.Count, output.ScannedCount, output.LastEvaluatedKey]).toEqual([5, 5, undefined]);
  });

  it.each([
    ["sk < :v", { ":v": { N: "10" } }, ["-1", "2.5", "9"]],
    ["sk <= :v", { ":v": { N: "10" } }, ["-1", "2.5", "9", "10"]],
    ["sk > :v", { ":v": { N: "9" } }, ["10", "100"]],
    ["sk >= :v", { ":v": { N: "9" } }, ["9", "10", "100"]],
    ["sk = :v", { ":v": { N: "2.50" } }, ["2.5"]],
    ["sk BETWEEN :a AND :b", { ":a": { N: "0" }, ":b": { N: "10" } }, ["2.5", "9", "10"]],
  ])("narrows the sort key with %s", async (condition, values, expected) => {
    const output = await query({
      KeyConditionExpression: `pk = :pk AND ${condition}`,
      ExpressionAttributeValues: { ":pk": { S: "u1" }, ...values },
    });
    expect(keysOf(output)).toEqual(expected);
  });

  it("reads backwards with ScanIndexForward false", async () => {
    const output = await query({
      KeyConditionExpression: "(pk = :pk) AND (sk > :v)",
      ExpressionAttributeValues: { ":pk": { S: "u1" }, ":v": { N: "0" } },
      ScanIndexForward: false,
    });
    expect(keysOf(output)).toEqual(["100", "10", "9", "2.5"]);
  });

  it("applies Limit before the filter and paginates with LastEvaluatedKey", async () => {
    const base = {
      KeyConditionExpression: "pk = :pk",
      FilterExpression: "category = :c",
      ExpressionAttributeValues: { ":pk": { S: "u1" }, ":c": { S: "odd" } },
      Limit: 2,
    };
    const first = await query(base);
    expect([keysOf(first), first.Count, first.ScannedCount, first.LastEvaluatedKey]).toEqual([
      ["-1", "2.5"],
      2,
      2,
      { pk: { S: "u1" }, sk: { N: "2.5" } },
    ]);
    const second = await query({ ...base, ExclusiveStartKey: first.LastEvaluatedKey });
    expect([keysOf(second), second.ScannedCount]).toEqual([["9"], 2]);
    const third = await query({ ...base, ExclusiveStartKey: second.LastEvaluatedKey });
    expect([keysOf(third), third.ScannedCount, third.LastEvaluatedKey]).toEqual([[], 1, undefined]);
  });

  it("counts without items for Select COUNT", async () => {
    expect(
      await query({
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": { S: "u1" } },
        Select: "COUNT",
      }),
    ).toEqual({ Count: 5, ScannedCount: 5 });
  });

  it("supports begins_with on a string sort key", async () => {
    await createTable(services, "Orders", "S");
    for (const sk of ["2026-01-05", "2026-02-01", "2025-12-31"]) {
      await services.call("dynamodb", "PutItem", {
        TableName: "Orders",
        Item: { pk: { S: "c1" }, sk: { S: sk } },
      });
    }
    const output = await services.call("dynamodb", "Query", {
      TableName: "Orders",
      KeyConditionExpression: "#pk = :pk AND begins_with(#sk, :year)",
      ExpressionAttributeNames: { "#pk": "pk", "#sk": "sk" },
      ExpressionAttributeValues: { ":pk": { S: "c1" }, ":year": { S: "2026" } },
    });
    expect(keysOf(output)).toEqual(["2026-01-05", "2026-02-01"]);
  });

  it.each([
    ["pk > :pk", { ":pk": { S: "u1" } }, "Query key condition not supported"],
    [
      "pk = :pk OR sk = :v",
      { ":pk": { S: "u1" }, ":v": { N: "1" } },
      "Invalid operator used in KeyConditionExpression: OR",
    ],
    [
      "pk = :pk AND sk <> :v",
      { ":pk": { S: "u1" }, ":v": { N: "1" } },
      "Invalid operator used in KeyConditionExpression: <>",
    ],
    [
      "pk = :pk AND begins_with(sk, :v)",
      { ":pk": { S: "u1" }, ":v": { N: "1" } },
      "Invalid KeyConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N",
    ],
    [
      "pk = :pk AND sk = :v",
      { ":pk": { S: "u1" }, ":v": { S: "1" } },
      "One or more parameter values were invalid: Condition parameter type does not match schema type",
    ],
    [
      "pk = :pk AND pk = :pk",
      { ":pk": { S: "u1" } },
      "KeyConditionExpressions must only contain one condition per key",
    ],
    [
      "pk = :pk AND sk BETWEEN :b AND :a",
      { ":pk": { S: "u1" }, ":a": { N: "1" }, ":b": { N: "5" } },
      "Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:1}",
    ],
  ])("refuses the key condition %s", async (condition, values, message) => {
    const error = await callError(services, "dynamodb", "Query", {
      TableName: "Scores",
      KeyConditionExpression: condition,
      ExpressionAttributeValues: values,
    });
    expect(error.message).toBe(message);
  });

  it("refuses a filter on a key attribute and an IndexName", async () => {
    const filter = await callError(services, "dynamodb", "Query", {
      TableName: "Scores",
      KeyConditionExpression: "pk = :pk",
      FilterExpression: "sk > :v",
      ExpressionAttributeValues: { ":pk": { S: "u1" }, ":v": { N: "1" } },
    });
    expect(filter.message).toBe(
      "Filter Expression can only contain non-primary key attributes: Primary key attribute: sk",
    );
    const index = await callError(services, "dynamodb", "Query", {
      TableName: "Scores",
      IndexName: "gsi1",
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": { S: "u1" } },
    });
    expect(index.message).toBe("The table does not have the specified index: gsi1");
  });
});

describe("DynamoDB Scan", () => {
  let services: AwsServices;
  beforeEach(async () => {
    ({ services } = createTestServices());
    await createTable(services, "Things", "S");
    for (let i = 0; i < 12; i++) {
      await services.call("dynamodb", "PutItem", {
        TableName: "Things",
        Item: { pk: { S: `p${i % 4}` }, sk: { S: `s${i}` }, n: { N: String(i) } },
      });
    }
  });

  it("returns every item once across pages, in a stable hash order", async () => {
    const seen: string[] = [];
    let start: unknown;
    let pages = 0;
    do {
      const page = await services.call("dynamodb", "Scan", {
        TableName: "Things",
        Limit: 5,
        ...(start === undefined ? {} : { ExclusiveStartKey: start }),
      });
      seen.push(...(page.Items as { sk: { S: string } }[]).map((item) => item.sk.S));
      start = page.LastEvaluatedKey;
      pages++;
    } while (start !== undefined);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(pages).toBe(3);
    const all = await services.call("dynamodb", "Scan", { TableName: "Things" });
    expect((all.Items as { sk: { S: string } }[]).map((item) => item.sk.S)).toEqual(seen);
  });

  it("filters after reading and counts both", async () => {
    const output = await services.call("dynamodb", "Scan", {
      TableName: "Things",
      FilterExpression: "n >= :min AND attribute_exists(sk)",
      ExpressionAttributeValues: { ":min": { N: "10" } },
      Select: "COUNT",
    });
    expect(output).toEqual({ Count: 2, ScannedCount: 12 });
  });

  it("splits the items between parallel-scan segments without overlap", async () => {
    const counts = await Promise.all(
      [0, 1, 2].map(
        async (segment) =>
          (
            await services.call("dynamodb", "Scan", {
              TableName: "Things",
              Segment: segment,
              TotalSegments: 3,
            })
          ).Count as number,
      ),
    );
    expect(counts.reduce((a, b) => a + b, 0)).toBe(12);
  });

  it("refuses a reserved word in a FilterExpression", async () => {
    const error = await callError(services, "dynamodb", "Scan", {
      TableName: "Things",
      FilterExpression: "Size > :v",
      ExpressionAttributeValues: { ":v": { N: "1" } },
    });
    expect(error.message).toBe(
      "Invalid FilterExpression: Attribute name is a reserved keyword; reserved keyword: Size",
    );
  });
});
