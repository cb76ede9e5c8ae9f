/**
 * Java regular expressions as `String.replaceAll`, `replaceFirst`, `split` and `matches` use them, run on
 * JavaScript's engine. Leading inline flags (`(?i)`, `(?s)`, `(?m)`) become RegExp flags; constructs
 * JavaScript lacks (possessive quantifiers, atomic groups) fail as Java would fail on a bad pattern.
 * @see https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html
 */
import { MappingTemplateRenderError } from "./mapping-template-errors";

const compiled = new Map<string, RegExp>();
const MAX_COMPILED = 256;
const INLINE_FLAGS = /^\(\?([ims]+)\)/;

/** A RegExp for a Java pattern; `global` for replaceAll and split, anchored for `matches`. */
export function toJavaRegExp(pattern: string, mode: "global" | "first" | "whole"): RegExp {
  const key = `${mode}\u0000${pattern}`;
  const hit = compiled.get(key);
  if (hit) {
    hit.lastIndex = 0;
    return hit;
  }
  const regex = compileJavaPattern(pattern, mode);
  if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
  compiled.set(key, regex);
  return regex;
}

function compileJavaPattern(pattern: string, mode: "global" | "first" | "whole"): RegExp {
  const inline = INLINE_FLAGS.exec(pattern);
  const body = inline ? pattern.slice(inline[0].length) : pattern;
  const flags = (inline?.[1] ?? "") + (mode === "global" ? "g" : "");
  try {
    return new RegExp(mode === "whole" ? `^(?:${body})$` : body, [...new Set(flags)].join(""));
  } catch (error) {
    throw new MappingTemplateRenderError(
      `Invalid regular expression ${JSON.stringify(pattern)}: ${String(error)}`,
    );
  }
}

/** Expands a Java replacement string: `$n` is group n, `\x` is a literal x, any other `$` is an error. */
export function expandJavaReplacement(replacement: string, groups: readonly (string | undefined)[]): string {
  let out = "";
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === "\\") {
      i++;
      if (i >= replacement.length) throw new MappingTemplateRenderError("character to be escaped is missing");
      out += replacement[i];
    } else if (c === "$") {
      const [group, end] = readGroupNumber(replacement, i + 1, groups.length - 1);
      out += groups[group] ?? "";
      i = end - 1;
    } else out += c;
  }
  return out;
}

/** Java reads as many digits as still name an existing group (`$12` is group 1 then "2" with one group). */
function readGroupNumber(text: string, start: number, groupCount: number): [number, number] {
  const first = text.charCodeAt(start) - 48;
  if (!(first >= 0 && first <= 9)) throw new MappingTemplateRenderError("Illegal group reference");
  if (first > groupCount) throw new MappingTemplateRenderError(`No group ${first}`);
  let group = first;
  let end = start + 1;
  while (end < text.length) {
    const digit = text.charCodeAt(end) - 48;
    if (!(digit >= 0 && digit <= 9) || group * 10 + digit > groupCount) break;
    group = group * 10 + digit;
    end++;
  }
  return [group, end];
}

/** `String.split(regex, limit)`: no empty leading piece for a zero-width match, trailing empties dropped when limit is 0. */
export function splitJava(text: string, pattern: string, limit = 0): string[] {
  const regex = toJavaRegExp(pattern, "global");
  const pieces: string[] = [];
  let index = 0;
  for (const match of text.matchAll(regex)) {
    if (limit > 0 && pieces.length === limit - 1) break;
    const start = match.index;
    const end = start + match[0].length;
    if (end === 0) continue;
    pieces.push(text.slice(index, start));
    index = end;
  }
  if (index === 0 && pieces.length === 0) return [text];
  pieces.push(text.slice(index));
  if (limit === 0) while (pieces.length > 0 && pieces[pieces.length - 1] === "") pieces.pop();
  return pieces;
}
