import {
  addDynamoNumbers,
  canonicalDynamoNumber,
  compareDynamoNumbers,
  dynamoNumberSize,
} from "@/lib/gateway/services/dynamodb/dynamo-number";
import { describe, expect, it } from "vitest";

describe("DynamoDB numbers", () => {
  it.each([
    ["00042", "42"],
    ["1.0", "1"],
    ["3.1400", "3.14"],
    ["1.5E2", "150"],
    ["-0", "0"],
    ["1E-3", "0.001"],
    ["12345678901234567890123456789012345678", "12345678901234567890123456789012345678"],
    ["+7", "7"],
  ])("stores %s as %s, as DynamoDB returns it", (input, stored) => {
    expect(canonicalDynamoNumber(input)).toBe(stored);
  });

  it("keeps 38 significant digits and refuses a 39th", () => {
    expect(() => canonicalDynamoNumber("123456789012345678901234567890123456789")).toThrow(
      "Attempting to store more than 38 significant digits in a Number",
    );
  });

  it("accepts the documented magnitude limits and refuses beyond them", () => {
    expect(canonicalDynamoNumber("9.9999999999999999999999999999999999999E+125")).toHaveLength(126);
    expect(canonicalDynamoNumber("1E-130")).toBe(`0.${"0".repeat(129)}1`);
    expect(() => canonicalDynamoNumber("1E+126")).toThrow(
      "Number overflow. Attempting to store a number with magnitude larger than supported range",
    );
    expect(() => canonicalDynamoNumber("1E-131")).toThrow(
      "Number underflow. Attempting to store a number with magnitude smaller than supported range",
    );
  });

  it.each(["abc", "", "1.2.3", " 1", "0x10", "."])(
    "refuses %j with DynamoDB's conversion message",
    (text) => {
      expect(() => canonicalDynamoNumber(text)).toThrow("A value provided cannot be converted into a number");
    },
  );

  it("compares numerically beyond double precision", () => {
    expect(compareDynamoNumbers("10", "9")).toBeGreaterThan(0);
    expect(compareDynamoNumbers("-10", "-9")).toBeLessThan(0);
    expect(compareDynamoNumbers("1E2", "100.000")).toBe(0);
    expect(
      compareDynamoNumbers(
        "12345678901234567890123456789012345678",
        "12345678901234567890123456789012345677",
      ),
    ).toBeGreaterThan(0);
    expect(compareDynamoNumbers("0.1", "0.09")).toBeGreaterThan(0);
  });

  it("adds and subtracts exactly", () => {
    expect(addDynamoNumbers("0.1", "0.2")).toBe("0.3");
    expect(addDynamoNumbers("10", "5", true)).toBe("5");
    expect(addDynamoNumbers("1", "-1")).toBe("0");
    expect(addDynamoNumbers("99999999999999999999999999999999999999", "-1")).toBe(
      "99999999999999999999999999999999999998",
    );
    expect(() => addDynamoNumbers("9.9e125", "9.9e125")).toThrow("Number overflow");
  });

  // Byte sizes measured against real DynamoDB by dynamodb-conformance (src/item-size.ts, eu-west-2, 2026-08-18).
  it.each([
    ["0", 1],
    ["1", 2],
    ["12", 2],
    ["123", 3],
    ["1234", 3],
    ["12345678901234567890123456789012345678", 20],
    ["0042", 2],
    ["100", 2],
    ["1010", 3],
    ["0.0000001", 2],
    ["1E125", 2],
    ["1E-100", 2],
    ["1.5", 3],
    ["15", 2],
    ["1.200", 3],
    ["1.234", 4],
    ["3.14159", 5],
    ["123456", 4],
    ["100.5", 4],
    ["0.15", 2],
    ["-42", 3],
    ["-0", 1],
  ])("sizes the number %s at %i bytes, as measured on DynamoDB", (text, bytes) => {
    expect(dynamoNumberSize(text)).toBe(bytes);
  });
});
