/**
 * `$util.urlEncode` / `$util.urlDecode`: Java's `URLEncoder` / `URLDecoder` with UTF-8, i.e.
 * `application/x-www-form-urlencoded`: letters, digits and `.-*_` stay, a space becomes `+` (REC
 * test_input_body_formatting: `{"some": "value"}` gives `%7B%22some%22%3A+%22value%22%7D`), everything else
 * is `%XX` per UTF-8 byte in upper-case hex.
 * @see https://docs.oracle.com/javase/8/docs/api/java/net/URLEncoder.html
 */
import { MappingTemplateRenderError } from "./mapping-template-errors";

const KEPT_BY_ENCODE_URI_COMPONENT_BUT_NOT_JAVA = /[!'()~]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function urlEncode(text: string): string {
  // Java encodes an unpaired surrogate as "?"; encodeURIComponent would throw on it.
  return encodeURIComponent(text.replace(LONE_SURROGATE, "?"))
    .replace(
      KEPT_BY_ENCODE_URI_COMPONENT_BUT_NOT_JAVA,
      (c) => "%" + c.charCodeAt(0).toString(16).toUpperCase(),
    )
    .replace(/%20/g, "+");
}

const utf8 = new TextDecoder("utf-8");

/** Decodes `+` and `%XX` runs as UTF-8 (malformed bytes become U+FFFD); a broken `%` escape fails like Java. */
export function urlDecode(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === "+") out += " ";
    else if (c !== "%") out += c;
    else {
      const bytes: number[] = [];
      while (text[i] === "%") {
        const hex = text.slice(i + 1, i + 3);
        if (!/^[0-9A-Fa-f]{2}$/.test(hex))
          throw new MappingTemplateRenderError(
            `URLDecoder: Illegal hex characters in escape (%) pattern "${hex}"`,
          );
        bytes.push(parseInt(hex, 16));
        i += 3;
      }
      out += utf8.decode(new Uint8Array(bytes));
      continue;
    }
    i++;
  }
  return out;
}
