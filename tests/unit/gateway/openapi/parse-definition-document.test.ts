import { describe, expect, it } from "vitest";
import {
  InvalidDefinitionError,
  MAX_DEFINITION_BYTES,
  parseDefinitionDocument,
  readDefinitionVersion,
} from "@/lib/gateway/openapi";

function parseError(text: string): string {
  try {
    parseDefinitionDocument(text);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidDefinitionError);
    expect((error as InvalidDefinitionError).name).toBe("BadRequestException");
    return (error as Error).message;
  }
  throw new Error("expected the document to be refused");
}

describe("parseDefinitionDocument", () => {
  it("reads a JSON definition", () => {
    expect(parseDefinitionDocument(' {"openapi": "3.0.1", "paths": {}}')).toEqual({
      openapi: "3.0.1",
      paths: {},
    });
  });

  it("reads a YAML definition, numbers and all", () => {
    expect(parseDefinitionDocument("swagger: '2.0'\ninfo:\n  title: pets\n  version: 1.0\n")).toEqual({
      swagger: "2.0",
      info: { title: "pets", version: 1 },
    });
  });

  it("refuses invalid JSON with the line and column of the error", () => {
    // The reason after the position is the JavaScript engine's own wording.
    expect(parseError('{\n  "openapi": "3.0.1",\n  "paths": {,}\n}')).toMatch(
      /^Invalid OpenAPI input\. Invalid JSON at line 3, column 13: \S.*property name/,
    );
  });

  it("refuses truncated JSON at the end of the document", () => {
    expect(parseError('{\n  "openapi": "3.0.1"')).toMatch(
      /^Invalid OpenAPI input\. Invalid JSON at line 2, column 21: \S/,
    );
  });

  it("refuses invalid YAML with the line and column of the error", () => {
    expect(parseError("openapi: 3.0.1\npaths:\n  /pets: get: x\n")).toBe(
      "Invalid OpenAPI input. Invalid YAML at line 3, column 10: Nested mappings are not allowed in compact mappings",
    );
  });

  it("refuses YAML with a duplicated key", () => {
    expect(parseError("openapi: 3.0.1\nopenapi: 3.0.2\n")).toMatch(
      /^Invalid OpenAPI input\. Invalid YAML at line 2, column 1: Map keys must be unique/,
    );
  });

  it("refuses an empty body and a document that is not an object", () => {
    expect(parseError("  \n")).toBe("Invalid OpenAPI input. The API definition is empty");
    expect(parseError("- a\n- b\n")).toBe(
      "Invalid OpenAPI input. The API definition must be a JSON or YAML object",
    );
  });

  it("refuses a definition over 6 MB", () => {
    const big = `{"openapi": "3.0.1", "x": "${"a".repeat(MAX_DEFINITION_BYTES)}"}`;
    expect(parseError(big)).toBe("Invalid OpenAPI input. The API definition is larger than 6 MB");
  });
});

describe("readDefinitionVersion", () => {
  it("tells Swagger 2.0 from OpenAPI 3.0.x", () => {
    expect(readDefinitionVersion({ swagger: "2.0" })).toBe("swagger");
    expect(readDefinitionVersion({ openapi: "3.0.3" })).toBe("oas30");
    expect(readDefinitionVersion({ openapi: "3.0" })).toBe("oas30");
  });

  it("refuses OpenAPI 3.1, which API Gateway does not import", () => {
    expect(() => readDefinitionVersion({ openapi: "3.1.0" })).toThrow(
      'Invalid OpenAPI input. openapi: unsupported version "3.1.0" (API Gateway imports OpenAPI 3.0.x and Swagger 2.0)',
    );
  });

  it("refuses Swagger 1.2 and a document with neither field", () => {
    expect(() => readDefinitionVersion({ swagger: "1.2" })).toThrow(
      'Invalid OpenAPI input. swagger: unsupported version "1.2" (expected "2.0")',
    );
    expect(() => readDefinitionVersion({ info: {} })).toThrow(
      'Invalid OpenAPI input. The document is neither Swagger 2.0 nor OpenAPI 3.0: it has no "swagger" or "openapi" field',
    );
  });
});
