import { utf8ByteLength } from "../runtime/utf8-byte-length";
/** A method response as the stage cache keeps it and replays it on a hit. */
export interface CachedResponse {
  readonly statusCode: number;
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly body: string | Uint8Array;
}

/** Bytes a cached response takes: its body and header names and values, UTF-8 encoded. */
export function measureCachedResponse(response: CachedResponse): number {
  let bytes = typeof response.body === "string" ? utf8ByteLength(response.body) : response.body.byteLength;
  for (const [name, value] of response.headers) bytes += utf8ByteLength(name) + utf8ByteLength(value);
  return bytes;
}

export { utf8ByteLength } from "../runtime/utf8-byte-length";
