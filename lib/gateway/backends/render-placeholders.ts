/**
 * `{{...}}` placeholders in scripted responses: `{{path.x}}`, `{{query.x}}` (the first value),
 * `{{header.x}}` (any spelling), `{{body}}`, `{{body.<json path>}}` and `{{requestId}}`. A regular expression
 * finds them and a lookup fills them in; no template language, nothing evaluated.
 */
import { readOwn } from "./empty-record";
import type { ReceivedRequest } from "./http-backend";
import { parseJsonPath, readJsonPath } from "./read-json-path";
import type { JsonPath } from "./read-json-path";
import { readHeader } from "./to-received-request";

export type Placeholder =
  | { source: "path" | "query" | "header"; name: string }
  | { source: "body"; path: JsonPath | null }
  | { source: "requestId" };

/** Fills one placeholder; missing values render as `""`. */
export type PlaceholderResolver = (placeholder: Placeholder) => string;

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const NAMED = /^(path|query|header)\.(.+)$/;

/** What `{{expression}}` asks for, or null when it is not a placeholder this backend knows. */
export function parsePlaceholder(expression: string): Placeholder | null {
  if (expression === "requestId") return { source: "requestId" };
  if (expression === "body") return { source: "body", path: null };
  if (expression.startsWith("body.")) {
    const path = parseJsonPath(expression.slice("body.".length));
    return path ? { source: "body", path } : null;
  }
  const named = NAMED.exec(expression);
  if (!named?.[1] || !named[2]) return null;
  return { source: named[1] as "path" | "query" | "header", name: named[2] };
}

/** The first `{{...}}` in `template` that is not a known placeholder, for definition errors. */
export function findUnknownPlaceholder(template: string): string | undefined {
  for (const [text, expression] of template.matchAll(PLACEHOLDER))
    if (parsePlaceholder(expression ?? "") === null) return text;
  return undefined;
}

export function renderPlaceholders(template: string, resolve: PlaceholderResolver): string {
  return template.replace(PLACEHOLDER, (text, expression: string) => {
    const placeholder = parsePlaceholder(expression);
    return placeholder ? resolve(placeholder) : text;
  });
}

function toText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Resolves placeholders against one request; the body is parsed as JSON at most once. */
export function createPlaceholderResolver(
  request: ReceivedRequest,
  pathParameters: Record<string, string>,
): PlaceholderResolver {
  let parsedBody: { value: unknown } | undefined;
  const readBody = (): unknown => {
    if (!parsedBody) {
      try {
        parsedBody = { value: JSON.parse(request.body) as unknown };
      } catch {
        parsedBody = { value: undefined };
      }
    }
    return parsedBody.value;
  };
  return (placeholder) => {
    switch (placeholder.source) {
      case "path":
        return readOwn(pathParameters, placeholder.name) ?? "";
      case "query":
        return readOwn(request.query, placeholder.name)?.[0] ?? "";
      case "header":
        return readHeader(request.headers, placeholder.name) ?? "";
      case "body":
        return placeholder.path ? toText(readJsonPath(readBody(), placeholder.path)) : request.body;
      case "requestId":
        return request.requestId;
    }
  };
}
