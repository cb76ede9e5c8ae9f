/**
 * Path patterns for scripted rules: literal text, `{name}` (one segment), `{name+}` (the rest of the path,
 * like API Gateway's greedy `{proxy+}`), `*` (anything within a segment) and `**` (anything, across
 * segments). Matched against the raw path; captured values are percent-decoded, as a web server would.
 */
import { emptyRecord } from "./empty-record";

/** Matches a path, returning the captured `{name}` values, or null when it does not match. */
export type PathMatcher = (path: string) => Record<string, string> | null;

/** A pattern that cannot be compiled (unbalanced braces, bad or repeated names). */
export class PathPatternError extends Error {
  override readonly name = "PathPatternError";
}

const TOKEN = /\{([^{}]*)\}|\*\*|\*|[^{}*]+|[{}]/g;
const PARAM = /^([A-Za-z_][A-Za-z0-9_-]*)(\+?)$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function decodeSafely(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function toRegExpSource(pattern: string, names: string[]): string {
  let source = "";
  for (const [token, inner] of pattern.matchAll(TOKEN)) {
    if (inner !== undefined) {
      const param = PARAM.exec(inner);
      if (!param?.[1]) throw new PathPatternError(`"{${inner}}" is not a parameter name`);
      if (names.includes(param[1])) throw new PathPatternError(`parameter "${param[1]}" appears twice`);
      names.push(param[1]);
      source += param[2] ? "(.+)" : "([^/]+)";
    } else if (token === "**") source += ".*";
    else if (token === "*") source += "[^/]*";
    else if (token === "{" || token === "}") throw new PathPatternError(`unbalanced "${token}"`);
    else source += escapeRegExp(token);
  }
  return source;
}

/** Compiles a pattern once; throws PathPatternError when it is not one. */
export function compilePathPattern(pattern: string): PathMatcher {
  if (!pattern.startsWith("/")) throw new PathPatternError('a path pattern starts with "/"');
  const names: string[] = [];
  const regexp = new RegExp(`^${toRegExpSource(pattern, names)}$`);
  return (path) => {
    const found = regexp.exec(path);
    if (!found) return null;
    const params = emptyRecord<string>();
    names.forEach((name, i) => (params[name] = decodeSafely(found[i + 1] ?? "")));
    return params;
  };
}
