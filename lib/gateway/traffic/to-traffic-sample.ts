/**
 * A response kept for the workbench's sample list: headers copied, body cut to 1 KB on a UTF-8 character
 * boundary (bytes are shown as base64).
 */
import type { InvocationResult } from "../create-rest-data-plane";
import { encodeBase64 } from "../integrations/base64";
import type { TrafficSample } from "./traffic-report";

export const TRAFFIC_SAMPLE_COUNT = 20;
export const TRAFFIC_SAMPLE_BODY_BYTES = 1024;

export function toTrafficSample(index: number, atMs: number, result: InvocationResult): TrafficSample {
  const { response } = result;
  const bytes = typeof response.body === "string" ? undefined : response.body;
  const body =
    bytes === undefined
      ? cutText(response.body as string)
      : {
          text: encodeBase64(bytes.subarray(0, TRAFFIC_SAMPLE_BODY_BYTES)),
          truncated: bytes.length > TRAFFIC_SAMPLE_BODY_BYTES,
        };
  return {
    index,
    atMs,
    statusCode: response.statusCode,
    headers: response.headers.map(([name, value]): [string, string] => [name, value]),
    body: body.text,
    bodyEncoding: bytes === undefined ? "text" : "base64",
    bodyTruncated: body.truncated,
    latencyMs: result.latencyMs,
    ...(result.errorType === undefined ? {} : { errorType: result.errorType }),
    ...(result.cacheHit === undefined ? {} : { cacheHit: result.cacheHit }),
  };
}

function cutText(text: string): { text: string; truncated: boolean } {
  // One UTF-16 code unit is at most 3 UTF-8 bytes: text this short cannot exceed the limit.
  if (text.length * 3 <= TRAFFIC_SAMPLE_BODY_BYTES) return { text, truncated: false };
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= TRAFFIC_SAMPLE_BODY_BYTES) return { text, truncated: false };
  let end = TRAFFIC_SAMPLE_BODY_BYTES;
  // Continuation bytes (10xxxxxx) belong to the character that started before them.
  while (end > 0 && ((bytes[end] ?? 0) & 0xc0) === 0x80) end--;
  return { text: new TextDecoder().decode(bytes.subarray(0, end)), truncated: true };
}
