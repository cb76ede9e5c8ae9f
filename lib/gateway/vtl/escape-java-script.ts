/**
 * `$util.escapeJavaScript`: Apache Commons Lang's `StringEscapeUtils.escapeJavaScript`, which the docs
 * describe ("escapes the characters in a string using JavaScript string rules"). It turns `'` into `\'`
 * (invalid in JSON, hence the docs' `.replaceAll("\\'","'")`), `"` into `\"`, `/` into `\/`, control
 * characters into `\n`-style or `\u00XX` escapes, and every character above U+007F into `\uXXXX`
 * (upper-case hex, one escape per UTF-16 unit).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#util-template-reference
 */
const SHORT_ESCAPES: Readonly<Record<number, string>> = {
  0x08: "\\b",
  0x09: "\\t",
  0x0a: "\\n",
  0x0c: "\\f",
  0x0d: "\\r",
  0x22: '\\"',
  0x27: "\\'",
  0x2f: "\\/",
  0x5c: "\\\\",
};

function toUnicodeEscape(code: number): string {
  return "\\u" + code.toString(16).toUpperCase().padStart(4, "0");
}

export function escapeJavaScript(text: string): string {
  let out = "";
  let plainFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const escape = SHORT_ESCAPES[code] ?? (code < 0x20 || code > 0x7f ? toUnicodeEscape(code) : undefined);
    if (escape === undefined) continue;
    out += text.slice(plainFrom, i) + escape;
    plainFrom = i + 1;
  }
  return plainFrom === 0 ? text : out + text.slice(plainFrom);
}
