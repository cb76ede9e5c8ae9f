/**
 * `method.request.body[.<JSONPath>]` and `integration.response.body[.<JSONPath>]`. An empty body reads as
 * `{}`; a body is parsed as JSON only when it starts like JSON (`{`, `[`, `"`, `'`), otherwise a JSONPath
 * finds nothing in it [LS: "AWS only tries to JSON decode the body if it starts with some leading
 * characters"; UNVERIFIED]. A JSONPath match that is not a string is mapped as its JSON text.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html
 */
import { evaluateJsonPath } from "../vtl/evaluate-json-path";
import { InvalidIntegrationResponseBodyError, InvalidJsonInRequestBodyError } from "./mapping-errors";
import type { MappingValue } from "./mapping-sources";

const EMPTY_BODY = "{}";

export function readMappingBody(
  body: string | null,
  jsonPath: string | undefined,
  origin: "method.request" | "integration.response",
): MappingValue {
  const text = body?.trim() ? body.trim() : EMPTY_BODY;
  if (jsonPath === undefined) return text;
  const document = parseBody(text, origin);
  return toMappingString(evaluateJsonPath(document, jsonPath.startsWith("$") ? jsonPath : `$.${jsonPath}`));
}

function parseBody(text: string, origin: "method.request" | "integration.response"): unknown {
  if (!/^[{["']/.test(text)) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    if (origin === "method.request") throw new InvalidJsonInRequestBodyError();
    throw new InvalidIntegrationResponseBodyError("Integration response body is not valid JSON");
  }
}

/** A mapped value is text: strings as they are, other JSON values as JSON, nothing for null. */
export function toMappingString(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
