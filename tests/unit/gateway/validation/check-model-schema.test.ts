import { describe, expect, it } from "vitest";
import { checkModelSchema, parseModelUrl, toModelUrl } from "@/lib/gateway/validation";

const context = { apiId: "abc123", modelNames: ["Pet", "Order"] };
const check = (schema: unknown) => checkModelSchema(JSON.stringify(schema), context);
const rejected = (error: string) =>
  `Invalid model specified: Validation Result: warnings : [], errors : [${error}]`;

describe("checkModelSchema (CreateModel / UpdateModel)", () => {
  it("accepts a draft-4 schema, the default Empty and Error models, and no schema at all", () => {
    expect(
      check({ $schema: "http://json-schema.org/draft-04/schema#", title: "Empty Schema", type: "object" }),
    ).toBe(undefined);
    expect(check({ type: "object", properties: { message: { type: "string" } } })).toBeUndefined();
    expect(checkModelSchema(undefined, context)).toBeUndefined();
  });

  it("rejects an empty required array, as AWS is reported to", () => {
    expect(check({ type: "object", required: [] })).toBe(rejected("Invalid model schema specified"));
  });

  it("rejects a type outside draft 4's set", () => {
    expect(check({ type: "String" })).toBe(rejected("Invalid model schema specified"));
  });

  it("rejects text that is not JSON", () => {
    expect(checkModelSchema("{type: object}", context)).toBe(rejected("Invalid model schema specified"));
  });

  it("rejects keywords from later drafts with the keyword names", () => {
    expect(check({ type: "object", properties: { a: { const: 1 } }, if: {} })).toBe(
      rejected('Invalid model schema specified. Unsupported keyword(s): ["const","if"]'),
    );
  });

  it("does not mistake a property named like a keyword for the keyword", () => {
    expect(check({ type: "object", properties: { const: { type: "string" } } })).toBeUndefined();
  });

  it("rejects a $ref that is not a canonical model URL of this API", () => {
    expect(check({ $ref: "https://example.com/schemas/pet.json" })).toBe(
      rejected("Model reference must be in canonical form"),
    );
    expect(check({ $ref: toModelUrl("otherapi", "Pet") })).toBe(
      rejected("Model reference must be in canonical form"),
    );
  });

  it("accepts references to models of this API and local definitions", () => {
    expect(check({ properties: { p: { $ref: toModelUrl("abc123", "Pet") } } })).toBeUndefined();
    expect(check({ definitions: { a: {} }, properties: { p: { $ref: "#/definitions/a" } } })).toBeUndefined();
  });

  it("rejects a reference to a model the API does not have", () => {
    expect(check({ items: { $ref: toModelUrl("abc123", "Ghost") } })).toBe(
      rejected("Invalid model identifier specified: Ghost"),
    );
  });
});

describe("model URLs", () => {
  it("round-trips the canonical form", () => {
    expect(toModelUrl("abc", "Pet")).toBe("https://apigateway.amazonaws.com/restapis/abc/models/Pet");
    expect(parseModelUrl("https://apigateway.amazonaws.com/restapis/abc/models/Pet")).toEqual({
      apiId: "abc",
      modelName: "Pet",
    });
    expect(parseModelUrl("https://apigateway.amazonaws.com/restapis/abc/Pet")).toBeUndefined();
  });
});
