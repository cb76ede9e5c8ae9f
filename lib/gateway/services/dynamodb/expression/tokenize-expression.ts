/**
 * The lexer shared by every DynamoDB expression. Whitespace is kept as tokens because DynamoDB's syntax errors
 * quote the text around the failing token with its spacing (`token: "1", near: "VALUE 1"`).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.html
 */
export type TokenKind = "identifier" | "name" | "value" | "number" | "punctuation" | "whitespace" | "unknown";

export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
}

const WORD_CHARACTER = /[A-Za-z0-9_:#]/;
const WHITESPACE = /\s/;
const PUNCTUATION = new Set(["=", "<", ">", "(", ")", ",", ".", "[", "]", "+", "-"]);
const TWO_CHARACTER_OPERATORS = new Set(["<>", "<=", ">="]);

function classifyWord(word: string): TokenKind {
  if (/^#[A-Za-z0-9_]+$/.test(word)) return "name";
  if (/^:[A-Za-z0-9_]+$/.test(word)) return "value";
  if (/^[0-9]+$/.test(word)) return "number";
  if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return "identifier";
  return "unknown";
}

function readWhile(text: string, start: number, pattern: RegExp): number {
  let end = start;
  while (end < text.length && pattern.test(text[end] ?? "")) end++;
  return end;
}

/** Splits an expression into tokens; characters that fit no token become `unknown` tokens for the parser to reject. */
export function tokenizeExpression(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const character = text[position] ?? "";
    if (WHITESPACE.test(character)) {
      const end = readWhile(text, position, WHITESPACE);
      tokens.push({ kind: "whitespace", text: text.slice(position, end) });
      position = end;
    } else if (WORD_CHARACTER.test(character)) {
      const end = readWhile(text, position, WORD_CHARACTER);
      const word = text.slice(position, end);
      tokens.push({ kind: classifyWord(word), text: word });
      position = end;
    } else if (TWO_CHARACTER_OPERATORS.has(text.slice(position, position + 2))) {
      tokens.push({ kind: "punctuation", text: text.slice(position, position + 2) });
      position += 2;
    } else {
      tokens.push({ kind: PUNCTUATION.has(character) ? "punctuation" : "unknown", text: character });
      position += 1;
    }
  }
  return tokens;
}
