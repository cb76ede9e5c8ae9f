import Ajv from "ajv-draft-04";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createModelValidator, getModelValidator, toModelUrl } from "@/lib/gateway/validation";
import { API_ID, makeSnapshot } from "./make-snapshot";

const ref = (name: string) => ({ $ref: toModelUrl(API_ID, name) });
const models = (schemas: Record<string, unknown>) => makeSnapshot(schemas).models;

function errorString(schema: unknown, body: string | null): string | undefined {
  const result = createModelValidator(API_ID, models({ M: schema })).validateBody("M", body);
  return result.valid ? undefined : result.validationErrorString;
}

afterEach(() => vi.restoreAllMocks());

describe("ModelValidator (JSON Schema draft 4 models)", () => {
  it("accepts a body that matches its model", () => {
    expect(errorString({ type: "object", required: ["a"] }, '{"a":1}')).toBeUndefined();
  });

  it("resolves $ref between models by their canonical URL", () => {
    const validator = createModelValidator(
      API_ID,
      models({
        Pet: { type: "object", properties: { name: { type: "string" } }, required: ["name"] },
        Order: { type: "object", properties: { pet: ref("Pet") }, required: ["pet"] },
      }),
    );
    expect(validator.validateBody("Order", '{"pet":{"name":"Rex"}}')).toEqual({ valid: true });
    expect(validator.validateBody("Order", '{"pet":{}}')).toEqual({
      valid: false,
      validationErrorString: '[object has missing required properties (["name"])]',
    });
  });

  it("accepts null or a referenced model through oneOf with type null", () => {
    const validator = createModelValidator(
      API_ID,
      models({
        Pet: { type: "object", required: ["name"] },
        Holder: { type: "object", properties: { pet: { oneOf: [{ type: "null" }, ref("Pet")] } } },
      }),
    );
    expect(validator.validateBody("Holder", '{"pet":null}')).toEqual({ valid: true });
    expect(validator.validateBody("Holder", '{"pet":{"name":"x"}}')).toEqual({ valid: true });
    expect(validator.validateBody("Holder", '{"pet":{}}')).toEqual({
      valid: false,
      validationErrorString: "[instance failed to match exactly one schema (matched 0 out of 2)]",
    });
  });

  it("fails a missing body against an array model", () => {
    expect(errorString({ type: "array" }, null)).toBe(
      '[instance type (object) does not match any allowed primitive type (allowed: ["array"])]',
    );
  });

  it("passes a missing body against the default Empty model", () => {
    const empty = {
      $schema: "http://json-schema.org/draft-04/schema#",
      title: "Empty Schema",
      type: "object",
    };
    expect(errorString(empty, null)).toBeUndefined();
    expect(errorString(empty, "")).toBeUndefined();
  });

  it("fails a body that is not JSON", () => {
    expect(errorString({ type: "object" }, "{not json")).toBe("[Unable to parse the request body as JSON]");
  });

  it("fails against a model that does not exist", () => {
    expect(createModelValidator(API_ID, []).validateBody("Nope", "{}")).toEqual({
      valid: false,
      validationErrorString: '[Model "Nope" could not be resolved]',
    });
  });

  it("validates bytes as UTF-8 JSON", () => {
    const validator = createModelValidator(API_ID, models({ M: { type: "object", required: ["é"] } }));
    expect(validator.validateBody("M", new TextEncoder().encode('{"é":1}'))).toEqual({ valid: true });
  });

  it("compiles each model once however many requests it validates", () => {
    const validator = createModelValidator(API_ID, models({ M: { type: "object" } }));
    validator.validateBody("M", "{}");
    const getSchema = vi.spyOn(Ajv.prototype, "getSchema");
    for (let i = 0; i < 50; i++) validator.validateBody("M", "{}");
    expect(getSchema).not.toHaveBeenCalled();
  });

  it("keeps one validator per deployment snapshot", () => {
    const snapshot = makeSnapshot({ M: { type: "object" } });
    expect(getModelValidator(snapshot)).toBe(getModelValidator(snapshot));
    expect(getModelValidator(makeSnapshot({ M: { type: "object" } }))).not.toBe(getModelValidator(snapshot));
  });
});

describe("validationErrorString wording (the Java json-schema-validator's messages)", () => {
  it.each([
    [{ type: "object", required: ["b", "a"] }, "{}", '[object has missing required properties (["a","b"])]'],
    [
      { type: "string" },
      "1",
      '[instance type (integer) does not match any allowed primitive type (allowed: ["string"])]',
    ],
    [
      { type: ["string", "boolean"] },
      "1.5",
      '[instance type (number) does not match any allowed primitive type (allowed: ["boolean","string"])]',
    ],
    [
      { enum: ["dog", "cat"] },
      '"bird"',
      '[instance value ("bird") not found in enum (possible values: ["dog","cat"])]',
    ],
    [{ minimum: 25 }, "3", "[numeric instance is lower than the required minimum (minimum: 25, found: 3)]"],
    [
      { minimum: 25, exclusiveMinimum: true },
      "25",
      "[numeric instance is not strictly greater than the required minimum 25]",
    ],
    [
      { maximum: 5, exclusiveMaximum: true },
      "5",
      "[numeric instance is not strictly lower than the required maximum 5]",
    ],
    [{ multipleOf: 2 }, "7", "[remainder of division is not zero (7 / 2)]"],
    [{ minLength: 3 }, '"ab"', '[string "ab" is too short (length: 2, required minimum: 3)]'],
    [{ maxLength: 1 }, '"ab"', '[string "ab" is too long (length: 2, maximum allowed: 1)]'],
    [{ pattern: "^a+$" }, '"b"', '[ECMA 262 regex "^a+$" does not match input string "b"]'],
    [
      { minItems: 2 },
      "[1]",
      "[array is too short: must have at least 2 elements but instance has 1 elements]",
    ],
    [
      { maxItems: 1 },
      "[1,2]",
      "[array is too long: must have at most 1 elements but instance has 2 elements]",
    ],
    [{ uniqueItems: true }, "[1,1]", "[array must not contain duplicate elements]"],
    [
      { items: [{}], additionalItems: false },
      "[1,2]",
      "[schema only allows 1 elements in array but instance has 2 elements]",
    ],
    [
      { minProperties: 2 },
      '{"a":1}',
      "[object has too few properties (found 1 but schema requires at least 2)]",
    ],
    [
      { maxProperties: 0 },
      '{"a":1}',
      "[object has too many properties (found 1 but schema requires at most 0)]",
    ],
    [
      { properties: { a: {} }, additionalProperties: false },
      '{"z":1,"y":2}',
      '[object instance has properties which are not allowed by the schema: ["y","z"]]',
    ],
    [
      { dependencies: { a: ["b", "c"] } },
      '{"a":1}',
      '[property "a" of object has missing property dependencies (schema requires ["b","c"]; missing: ["b","c"])]',
    ],
    [
      { anyOf: [{ type: "string" }, { type: "null" }] },
      "1",
      "[instance failed to match at least one required schema among 2]",
    ],
    [
      { oneOf: [{ type: "number" }, { type: "integer" }] },
      "1",
      "[instance failed to match exactly one schema (matched 2 out of 2)]",
    ],
    [{ not: { type: "string" } }, '"x"', "[instance matched a schema which it should not have]"],
  ])("words %j against %s as the Java validator does", (schema, body, expected) => {
    expect(errorString(schema, body)).toBe(expected);
  });

  it("lists several failures of one value in keyword order, comma separated", () => {
    expect(errorString({ type: "object", required: ["a"], minProperties: 2 }, "{}")).toBe(
      '[object has too few properties (found 0 but schema requires at least 2), object has missing required properties (["a"])]',
    );
  });

  it("reports failures of sibling properties but nothing below a value that already failed", () => {
    const schema = {
      type: "object",
      properties: {
        a: { type: "object", required: ["x"], properties: { y: { type: "string" } } },
        b: { type: "integer" },
      },
    };
    expect(errorString(schema, '{"a":{"y":1},"b":"s"}')).toBe(
      '[object has missing required properties (["x"]), instance type (string) does not match any allowed primitive type (allowed: ["integer"])]',
    );
  });

  it("keeps a sibling keyword failure next to a failed oneOf", () => {
    const schema = { required: ["k"], oneOf: [{ type: "string" }, { type: "number" }] };
    expect(errorString(schema, "{}")).toBe(
      '[instance failed to match exactly one schema (matched 0 out of 2), object has missing required properties (["k"])]',
    );
  });

  it("does not assert format, as API Gateway is reported not to", () => {
    expect(errorString({ type: "string", format: "email" }, '"not an email"')).toBeUndefined();
  });
});
