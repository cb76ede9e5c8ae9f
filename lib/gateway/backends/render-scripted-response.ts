import type { BackendAnswer } from "./http-backend";
import { renderPlaceholders } from "./render-placeholders";
import type { PlaceholderResolver } from "./render-placeholders";
import type { ScriptedResponse } from "./scripted-backend-definition";

type JsonValue = Exclude<ScriptedResponse["body"], undefined>;

/** Fills placeholders inside the strings of a JSON body, so a value can never break the JSON around it. */
function renderJson(value: JsonValue, resolve: PlaceholderResolver): JsonValue {
  if (typeof value === "string") return renderPlaceholders(value, resolve);
  if (Array.isArray(value)) return value.map((item) => renderJson(item, resolve));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, renderJson(item, resolve)]));
  return value;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A string body is sent as written; any other JSON value is serialised. */
function renderBody(body: JsonValue | undefined, resolve: PlaceholderResolver): string {
  if (body === undefined) return "";
  if (typeof body === "string") return renderPlaceholders(body, resolve);
  return JSON.stringify(renderJson(body, resolve));
}

/** `application/json` when the body is JSON, plain text otherwise, none when there is no body. */
function guessContentType(body: string): string | undefined {
  if (body === "") return undefined;
  return isJson(body) ? "application/json" : "text/plain; charset=utf-8";
}

/** Turns a scripted `respond` into the backend's answer for one request. */
export function renderScriptedResponse(
  response: ScriptedResponse,
  resolve: PlaceholderResolver,
  ruleIndex: number | null,
): BackendAnswer {
  const headers = Object.entries(response.headers ?? {}).map(([name, value]): [string, string] => [
    name,
    renderPlaceholders(value, resolve),
  ]);
  const body = renderBody(response.body, resolve);
  const contentType = guessContentType(body);
  if (contentType && !headers.some(([name]) => name.toLowerCase() === "content-type"))
    headers.unshift(["Content-Type", contentType]);
  return { statusCode: response.status, headers, body, latencyMs: response.delayMs ?? 0, ruleIndex };
}
