/**
 * SigV4's URI encoding: every byte of the UTF-8 form is percent-encoded (upper-case hex) except the
 * unreserved characters `A-Z a-z 0-9 - _ . ~`; and the matching decoder for query strings as sent.
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html#create-canonical-request
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const HEX = "0123456789ABCDEF";

function isUnreserved(byte: number): boolean {
  return (
    (byte >= 0x41 && byte <= 0x5a) ||
    (byte >= 0x61 && byte <= 0x7a) ||
    (byte >= 0x30 && byte <= 0x39) ||
    byte === 0x2d ||
    byte === 0x2e ||
    byte === 0x5f ||
    byte === 0x7e
  );
}

export function uriEncode(value: string): string {
  let out = "";
  for (const byte of encoder.encode(value)) {
    out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${HEX[byte >> 4]}${HEX[byte & 0xf]}`;
  }
  return out;
}

const ESCAPE = /^%[0-9A-Fa-f]{2}/;

/**
 * Decodes `%XX` escapes (as UTF-8) and, when `plusAsSpace`, `+` as a space. A `%` that does not start an
 * escape is kept as typed.
 */
export function percentDecode(text: string, plusAsSpace: boolean): string {
  if (!text.includes("%") && !(plusAsSpace && text.includes("+"))) return text;
  const bytes: number[] = [];
  let i = 0;
  while (i < text.length) {
    const escape = text[i] === "%" && ESCAPE.test(text.slice(i, i + 3));
    if (escape) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 3;
    } else if (plusAsSpace && text[i] === "+") {
      bytes.push(0x20);
      i += 1;
    } else {
      const codePoint = text.codePointAt(i) ?? 0;
      bytes.push(...encoder.encode(String.fromCodePoint(codePoint)));
      i += codePoint > 0xffff ? 2 : 1;
    }
  }
  return decoder.decode(Uint8Array.from(bytes));
}
