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

/** The UTF-8 length of a string without encoding it. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
