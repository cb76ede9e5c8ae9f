import type { BackendAnswer, HttpBackendResponse } from "./http-backend";

/** The `Server` header every built-in backend sends, so HTTP_PROXY's `x-amzn-Remapped-Server` can be seen. */
export const SANDBOX_SERVER_NAME = "sandbox";

const utf8 = new TextEncoder();
/** Headers the server writes itself, in nginx's order; a backend may set any of them but Content-Length. */
const SERVER_HEADERS = ["server", "date", "content-type", "content-length", "connection"];

/** `Sun, 06 Nov 1994 08:49:37 GMT`, the IMF-fixdate HTTP's `Date` header uses (RFC 9110 section 5.6.7). */
export function toHttpDate(epochMs: number): string {
  return new Date(epochMs).toUTCString();
}

function byteLength(body: string | Uint8Array): number {
  return typeof body === "string" ? utf8.encode(body).length : body.length;
}

function findHeader(headers: ReadonlyArray<readonly [string, string]>, name: string): string | undefined {
  return headers.find(([n]) => n.toLowerCase() === name)?.[1];
}

/** 1xx, 204 and 304 responses carry no body and no Content-Length (RFC 9110 sections 8.6, 15.3.5, 15.4.5). */
function forbidsBody(statusCode: number): boolean {
  return statusCode < 200 || statusCode === 204 || statusCode === 304;
}

/**
 * Writes the response as an HTTP server would: `Server`, `Date` (when the answer leaves, `sentAt`),
 * `Content-Type`, a `Content-Length` that matches the body, `Connection: keep-alive`, then the backend's own
 * headers. These are the headers HTTP_PROXY re-emits as `x-amzn-Remapped-*` (spec 2.2, REC).
 * A HEAD response keeps the length of the body it does not send.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html
 */
export function toBackendResponse(
  answer: BackendAnswer,
  context: { method: string; sentAt: number },
): HttpBackendResponse {
  const own = answer.headers.filter(([name]) => name.toLowerCase() !== "content-length");
  const noBody = forbidsBody(answer.statusCode);
  const standard: Array<[string, string]> = [];
  const add = (name: string, value: string | undefined) => {
    if (value !== undefined) standard.push([name, findHeader(own, name.toLowerCase()) ?? value]);
  };
  add("Server", SANDBOX_SERVER_NAME);
  add("Date", toHttpDate(context.sentAt));
  add("Content-Type", findHeader(own, "content-type"));
  if (!noBody) standard.push(["Content-Length", String(byteLength(answer.body))]);
  add("Connection", "keep-alive");
  const rest = own.filter(([name]) => !SERVER_HEADERS.includes(name.toLowerCase()));
  const sendsBody = !noBody && context.method.toUpperCase() !== "HEAD";
  return {
    statusCode: answer.statusCode,
    headers: [...standard, ...rest],
    body: sendsBody ? answer.body : "",
    latencyMs: answer.latencyMs,
  };
}
