/**
 * `$util.base64Encode` / `$util.base64Decode` over UTF-8 bytes, written over Uint8Array so that it runs
 * the same in the browser and in Node (no Buffer, no btoa). Decoding follows Java's basic decoder: the
 * standard alphabet only, padding optional, anything else is an error.
 * @see https://docs.oracle.com/javase/8/docs/api/java/util/Base64.html
 */
import { MappingTemplateRenderError } from "./mapping-template-errors";

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const VALUE_OF = new Map([...ALPHABET].map((c, i) => [c.charCodeAt(0), i]));
const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder("utf-8");

export function base64Encode(text: string): string {
  const bytes = utf8Encoder.encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] as number;
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += ALPHABET[b0 >> 2];
    out += ALPHABET[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)];
    out += b1 === undefined ? "=" : ALPHABET[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)];
    out += b2 === undefined ? "=" : ALPHABET[b2 & 63];
  }
  return out;
}

export function base64Decode(text: string): string {
  const data = text.replace(/={1,2}$/, "");
  if (data.length % 4 === 1) throw new MappingTemplateRenderError("Illegal base64 input: truncated data");
  const bytes = new Uint8Array(Math.floor((data.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const value = VALUE_OF.get(data.charCodeAt(i));
    if (value === undefined)
      throw new MappingTemplateRenderError(`Illegal base64 character ${JSON.stringify(data[i])}`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[n++] = (buffer >> bits) & 0xff;
    }
  }
  return utf8Decoder.decode(bytes.subarray(0, n));
}
