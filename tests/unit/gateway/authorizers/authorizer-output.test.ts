import { describe, expect, it } from "vitest";
import { toAuthorizerOutput } from "@/lib/gateway/authorizers/lambda";
import { policy } from "./authorizer-fixtures";

const read = (value: unknown) => toAuthorizerOutput(JSON.stringify(value));

describe("toAuthorizerOutput", () => {
  it("reads principalId, policy, context and usageIdentifierKey", () => {
    const output = read({
      principalId: "user|a1b2",
      policyDocument: policy("Allow", "arn:aws:execute-api:*"),
      context: { stringKey: "value", numberKey: 1, booleanKey: true, decimal: 2.5 },
      usageIdentifierKey: "key-123",
    });
    expect(output).toEqual({
      principalId: "user|a1b2",
      policyDocument: {
        Version: "2012-10-17",
        Statement: [{ Effect: "Allow", Action: ["execute-api:Invoke"], Resource: ["arn:aws:execute-api:*"] }],
      },
      context: { stringKey: "value", numberKey: "1", booleanKey: "true", decimal: "2.5" },
      usageIdentifierKey: "key-123",
    });
  });

  it("treats a missing or null context as empty and leaves null values out", () => {
    expect(read({ principalId: "u", policyDocument: policy("Allow", "*") }).context).toEqual({});
    expect(read({ principalId: "u", policyDocument: policy("Allow", "*"), context: null }).context).toEqual(
      {},
    );
    expect(
      read({ principalId: "u", policyDocument: policy("Allow", "*"), context: { a: null, b: "x" } }).context,
    ).toEqual({
      b: "x",
    });
  });

  it("takes a numeric principalId as its text", () => {
    expect(read({ principalId: 42, policyDocument: policy("Allow", "*") }).principalId).toBe("42");
  });

  it.each([
    ["not JSON", "{nope", "Invalid JSON in response"],
    ["a JSON string", JSON.stringify("Unauthorized"), "not a JSON object"],
    ["no principalId", JSON.stringify({ policyDocument: policy("Allow", "*") }), "no principalId"],
    [
      "a null principalId",
      JSON.stringify({ principalId: null, policyDocument: policy("Allow", "*") }),
      "no principalId",
    ],
    [
      "an object principalId",
      JSON.stringify({ principalId: {}, policyDocument: policy("Allow", "*") }),
      "no principalId",
    ],
    ["no policyDocument", JSON.stringify({ principalId: "u" }), "no policyDocument"],
    [
      "a policyDocument given as a string",
      JSON.stringify({ principalId: "u", policyDocument: "{}" }),
      "Invalid policyDocument",
    ],
    [
      "a statement without Resource",
      JSON.stringify({ principalId: "u", policyDocument: { Statement: [{ Effect: "Allow", Action: "*" }] } }),
      "Invalid policyDocument",
    ],
    [
      "an object context value",
      JSON.stringify({
        principalId: "u",
        policyDocument: policy("Allow", "*"),
        context: { user: { id: 1 } },
      }),
      "context value for 'user'",
    ],
    [
      "an array context value",
      JSON.stringify({ principalId: "u", policyDocument: policy("Allow", "*"), context: { roles: ["a"] } }),
      "not an array",
    ],
    [
      "a context that is not an object",
      JSON.stringify({ principalId: "u", policyDocument: policy("Allow", "*"), context: "x" }),
      "context must be a JSON object",
    ],
  ])("refuses %s", (_name, payload, message) => {
    expect(() => toAuthorizerOutput(payload)).toThrow(message);
  });
});
