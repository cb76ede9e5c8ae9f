/**
 * Turns what a Lambda proxy integration returned into the method response, validating it as REST APIs do
 * (spec 2.2, REC LS test_aws_proxy_response_payload_format_validation): anything that is not a proxy
 * response object is a 502 with `{"message": "Internal server error"}`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-output-format
 */
import { MalformedLambdaProxyResponseError } from "../errors";
import type { GatewayHttpResponse } from "../pipeline/request";
import { decodeBase64 } from "./base64";

const ALLOWED_KEYS = new Set(["statusCode", "headers", "multiValueHeaders", "body", "isBase64Encoded"]);

function fail(reason: string): never {
  throw new MalformedLambdaProxyResponseError(reason);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `200`, `"201"` are status codes; `"test"`, `0`, `200.5` are not (REC for the first four). */
function toStatusCode(value: unknown): number {
  if (value === undefined || value === null) return 200;
  const n = typeof value === "string" && /^\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 100 || n > 599) {
    // [UNVERIFIED] range: AWS records 0 → 502; we also refuse anything outside HTTP's 100-599.
    fail(`Malformed Lambda proxy response: statusCode ${JSON.stringify(value)} is not an HTTP status code`);
  }
  return n;
}

function headerText(value: unknown, name: string): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value); // REC: true → "true"
  return fail(`Malformed Lambda proxy response: header ${name} must be a string, number or boolean`);
}

/** multiValueHeaders first, then headers, merged case-insensitively keeping the first spelling (REC). */
function mergeHeaders(single: unknown, multi: unknown): Array<[string, string]> {
  if (single !== undefined && single !== null && !isPlainObject(single))
    fail("Malformed Lambda proxy response: headers must be an object");
  if (multi !== undefined && multi !== null && !isPlainObject(multi))
    fail("Malformed Lambda proxy response: multiValueHeaders must be an object");
  const merged = new Map<string, { name: string; values: string[] }>();
  const add = (name: string, value: string) => {
    const key = name.toLowerCase();
    const entry = merged.get(key);
    if (entry) entry.values.push(value);
    else merged.set(key, { name, values: [value] });
  };
  for (const [name, values] of Object.entries(multi ?? {})) {
    if (!Array.isArray(values))
      fail(`Malformed Lambda proxy response: multiValueHeaders.${name} must be a list`);
    for (const v of values) add(name, headerText(v, name));
  }
  for (const [name, value] of Object.entries(single ?? {})) add(name, headerText(value, name));
  return [...merged.values()].map(({ name, values }) => [name, values.join(", ")]);
}

export interface ProxyResponseOptions {
  /** Whether the response is binary under the API's binaryMediaTypes and the request's Accept. */
  isBinaryResponse: (contentType: string | undefined) => boolean;
}

export function toProxyMethodResponse(payload: string, options: ProxyResponseOptions): GatewayHttpResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return fail("Malformed Lambda proxy response: not JSON");
  }
  if (!isPlainObject(parsed)) return fail("Malformed Lambda proxy response: not a JSON object");
  const keys = Object.keys(parsed);
  if (keys.length === 0) return fail("Malformed Lambda proxy response: empty object");
  const unknown = keys.find((k) => !ALLOWED_KEYS.has(k));
  if (unknown) return fail(`Malformed Lambda proxy response: unexpected field ${unknown}`);
  const statusCode = toStatusCode(parsed.statusCode);
  const headers = mergeHeaders(parsed.headers, parsed.multiValueHeaders);
  const body = parsed.body;
  if (body !== undefined && body !== null && typeof body !== "string") {
    // [UNVERIFIED] AWS documents body as a string; a non-string body is treated as malformed.
    return fail("Malformed Lambda proxy response: body must be a string");
  }
  let contentType = headers.find(([n]) => n.toLowerCase() === "content-type")?.[1];
  if (contentType === undefined) {
    contentType = "application/json"; // REST's default when the function sets none (REC)
    headers.push(["Content-Type", contentType]);
  }
  const text = body ?? "";
  const decode = parsed.isBase64Encoded === true && options.isBinaryResponse(contentType);
  return { statusCode, headers, body: decode ? decodeBase64(text) : text };
}
