import { parseDocument } from "yaml";
import type { DefinitionDocument, DefinitionVersion } from "./definition-types";
import { InvalidDefinitionError } from "./invalid-definition-error";
import { isDefinitionObject } from "./read-definition-value";

/** ImportRestApi and PutRestApi take definitions of up to 6 MB [DOC limits, spec 7.2]. */
export const MAX_DEFINITION_BYTES = 6 * 1024 * 1024;

/**
 * The body of ImportRestApi or PutRestApi as a document: JSON when it starts with `{`, YAML otherwise
 * (AWS accepts both). Syntax errors name the line and column; a document that is not an object is refused.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_ImportRestApi.html
 */
export function parseDefinitionDocument(text: string): DefinitionDocument {
  if (new TextEncoder().encode(text).byteLength > MAX_DEFINITION_BYTES) {
    // [UNVERIFIED] wording; the 6 MB limit is documented.
    throw new InvalidDefinitionError("The API definition is larger than 6 MB");
  }
  if (text.trim() === "") throw new InvalidDefinitionError("The API definition is empty");
  const parsed = text.trimStart().startsWith("{") ? parseJson(text) : parseYaml(text);
  if (!isDefinitionObject(parsed)) {
    throw new InvalidDefinitionError("The API definition must be a JSON or YAML object");
  }
  return parsed;
}

/**
 * Swagger 2.0 (`swagger: "2.0"`) or OpenAPI 3.0 (`openapi: 3.0.x`). OpenAPI 3.1 is refused, as AWS
 * refuses it [3P: "BadRequestException: Invalid OpenAPI input." for a 3.1.0 document].
 */
export function readDefinitionVersion(document: DefinitionDocument): DefinitionVersion {
  const swagger = document.swagger;
  const openapi = document.openapi;
  if (swagger !== undefined) {
    if (String(swagger) === "2.0") return "swagger";
    throw new InvalidDefinitionError(
      `swagger: unsupported version ${JSON.stringify(swagger)} (expected "2.0")`,
    );
  }
  if (openapi !== undefined) {
    if (/^3\.0(\.\d+)?$/.test(String(openapi))) return "oas30";
    throw new InvalidDefinitionError(
      `openapi: unsupported version ${JSON.stringify(openapi)} (API Gateway imports OpenAPI 3.0.x and Swagger 2.0)`,
    );
  }
  throw new InvalidDefinitionError(
    'The document is neither Swagger 2.0 nor OpenAPI 3.0: it has no "swagger" or "openapi" field',
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? text.length : Number(position);
    const { line, column } = toLineAndColumn(text, offset);
    const reason = message.replace(/ in JSON at position \d+.*$/s, "").replace(/ of JSON input$/, "");
    throw new InvalidDefinitionError(`Invalid JSON at line ${line}, column ${column}: ${reason}`);
  }
}

function parseYaml(text: string): unknown {
  const document = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const start = error.linePos?.[0];
    const reason = error.message.split(" at line ")[0] ?? error.message;
    const where = start ? ` at line ${start.line}, column ${start.col}` : "";
    throw new InvalidDefinitionError(`Invalid YAML${where}: ${reason}`);
  }
  return document.toJS({ maxAliasCount: 1000 });
}

/** 1-based line and column of a character offset. */
function toLineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  return { line: lines.length, column: (lines.at(-1) ?? "").length + 1 };
}
