/**
 * parseRequest: the raw request becomes the method request: stage name, stage-relative path, headers,
 * query parameters and body text. Bodies over 10 MB stop here with AWS's plain-text 413 (REC).
 */
import {
  ContentLengthExceededError,
  MissingAuthenticationTokenError,
  RequestTooLargeError,
} from "../../errors";
import type { InvocationContext } from "../context";
import { HeaderMap } from "../request";
import { parseQueryString } from "../query-string";
import { traceStage } from "../trace";

/** API Gateway's payload limit for REST and HTTP APIs (DOC limits; REC 413 text). */
export const MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
/** Total size of all header names and values of a REST request (DOC limits: 10,240 bytes). */
export const MAX_HEADER_BYTES = 10_240;

const utf8 = new TextDecoder("utf-8");

/** `/dev/pets` → `["dev", "/pets"]`; `/dev` → `["dev", "/"]`; `/dev//x/` → `["dev", "/x/"]` (REC). */
export function splitStagePath(path: string): { stageName: string; path: string } | undefined {
  const m = /^\/([^/]+)(\/.*)?$/.exec(path);
  if (!m?.[1]) return undefined;
  const rest = (m[2] ?? "/").replace(/^\/+/, "/");
  return { stageName: m[1], path: rest };
}

export function parseRequest(ctx: InvocationContext): void {
  const { request } = ctx;
  const bodyBytes = request.body?.byteLength ?? 0;
  if (bodyBytes > MAX_PAYLOAD_BYTES) throw new ContentLengthExceededError();

  const headers = new HeaderMap(request.headers);
  let headerBytes = 0;
  for (const [name, value] of request.headers) headerBytes += name.length + value.length + 4; // ": " and CRLF
  const split = splitStagePath(request.path);
  // API Gateway honours X-HTTP-Method-Override (DOC known issues).
  const httpMethod = (headers.get("x-http-method-override") ?? request.method).toUpperCase();
  ctx.parsed = {
    httpMethod,
    stageName: split?.stageName ?? "",
    path: split?.path ?? "/",
    stagePath: request.path,
    headers,
    query: parseQueryString(request.query),
    body: request.body && bodyBytes > 0 ? utf8.decode(request.body) : null,
    bodyBytes,
  };
  traceStage(
    ctx,
    "parseRequest",
    `Starting execution for request: ${ctx.requestId}`,
    `HTTP Method: ${httpMethod}, Resource Path: ${ctx.parsed.path}`,
  );
  if (!split) throw new MissingAuthenticationTokenError();
  if (headerBytes > MAX_HEADER_BYTES) {
    // [UNVERIFIED] AWS documents the quota, not the answer; we use the REQUEST_TOO_LARGE gateway response.
    traceStage(
      ctx,
      "parseRequest",
      `Request headers total ${headerBytes} bytes, over the ${MAX_HEADER_BYTES}-byte quota`,
    ).decisive = true;
    throw new RequestTooLargeError();
  }
}
