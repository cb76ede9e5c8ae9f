/**
 * Java `java.util.regex` patterns (what API Gateway compiles `identityValidationExpression` with) turned
 * into JavaScript source. The common syntax is shared; this rewrites the Java-only forms a learner is
 * likely to write: leading inline flags `(?i)`, `\A` `\z` `\Z` anchors, `\Q...\E` quoting, a `]` first in
 * a class, atomic groups `(?>...)` and possessive quantifiers (`a++`). JavaScript has neither of the last
 * two, so they become their backtracking forms (listed in DEVIATIONS.md: `a*+a` matches nothing in Java).
 * Anything else Java-only is left as written and fails to compile, which the caller treats as a bad setting.
 * @see https://docs.oracle.com/javase/8/docs/api/java/util/regex/Pattern.html
 */

export interface TranslatedRegex {
  readonly source: string;
  /** JavaScript flags from a leading `(?ims)` group. */
  readonly flags: string;
}

const END_OF_INPUT = "(?![\\s\\S])";
const ANCHORS: Readonly<Record<string, string>> = {
  A: "(?<![\\s\\S])",
  z: END_OF_INPUT,
  Z: `(?=\\n?${END_OF_INPUT})`,
};
const BOUNDED_QUANTIFIER = /^\{\d+(?:,\d*)?\}/;

/** Leading `(?i)`, `(?s)`, `(?m)` (combinable) become JavaScript flags. */
function takeLeadingFlags(pattern: string): { flags: string; rest: string } {
  const match = /^\(\?([ims]+)\)/.exec(pattern);
  if (!match?.[1]) return { flags: "", rest: pattern };
  return { flags: [...new Set(match[1])].join(""), rest: pattern.slice(match[0].length) };
}

function escapeLiteral(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/-]/g, "\\$&");
}

/** `\Q...\E` (or to the end): the quoted text and where scanning resumes. */
function readQuoted(rest: string, at: number): { text: string; next: number } {
  const end = rest.indexOf("\\E", at + 2);
  return end < 0
    ? { text: escapeLiteral(rest.slice(at + 2)), next: rest.length }
    : { text: escapeLiteral(rest.slice(at + 2, end)), next: end + 2 };
}

/** A character class from `[` to its closing `]`, copied, with a leading literal `]` escaped. */
function readClass(rest: string, at: number): { text: string; next: number } {
  let i = at + 1;
  let text = "[";
  if (rest[i] === "^") text += rest[i++];
  if (rest[i] === "]") {
    text += "\\]";
    i++;
  }
  while (i < rest.length && rest[i] !== "]") {
    const step = rest[i] === "\\" && i + 1 < rest.length ? 2 : 1;
    text += rest.slice(i, i + step);
    i += step;
  }
  return { text: text + (rest[i] ?? ""), next: i + 1 };
}

/** The token at `at`, translated, whether it is a quantifier, and where the next token starts. */
function readToken(rest: string, at: number): { text: string; quantifier: boolean; next: number } {
  const char = rest[at]!;
  const following = rest[at + 1];
  if (char === "\\" && following === "Q") return { ...readQuoted(rest, at), quantifier: false };
  if (char === "\\" && following !== undefined) {
    return { text: ANCHORS[following] ?? char + following, quantifier: false, next: at + 2 };
  }
  if (char === "[") return { ...readClass(rest, at), quantifier: false };
  if (rest.startsWith("(?>", at)) return { text: "(?:", quantifier: false, next: at + 3 };
  if (char === "(" && following === "?") return { text: "(?", quantifier: false, next: at + 2 };
  const bounded = char === "{" ? BOUNDED_QUANTIFIER.exec(rest.slice(at))?.[0] : undefined;
  if (bounded) return { text: bounded, quantifier: true, next: at + bounded.length };
  return { text: char, quantifier: char === "*" || char === "+" || char === "?", next: at + 1 };
}

/** Translates `pattern`; the result is compiled by the caller (and may still be invalid). */
export function translateJavaRegex(pattern: string): TranslatedRegex {
  const { flags, rest } = takeLeadingFlags(pattern);
  let source = "";
  let afterQuantifier = false;
  let i = 0;
  while (i < rest.length) {
    // `X*+`, `X++`, `X?+`, `X{n}+`: possessive in Java; the extra `+` is dropped.
    if (afterQuantifier && rest[i] === "+") {
      afterQuantifier = false;
      i++;
      continue;
    }
    const token = readToken(rest, i);
    source += token.text;
    afterQuantifier = token.quantifier;
    i = token.next;
  }
  return { source, flags };
}
