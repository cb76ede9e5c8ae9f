import { invalidExpression } from "../dynamodb-errors";
import type { Token, TokenKind } from "./tokenize-expression";
import { tokenizeExpression } from "./tokenize-expression";

/**
 * A cursor over an expression's significant tokens that raises DynamoDB's syntax errors. `near` is built as
 * DynamoDB builds it: the previous token (and the one before it if that was whitespace), the failing token, and
 * the next token (and the one after it if that was whitespace): `token: "INVALID", near: "INVALID SYNTAX"`.
 */
export class TokenCursor {
  private readonly tokens: readonly Token[];
  private index = 0;

  constructor(
    readonly label: string,
    text: string,
  ) {
    this.tokens = tokenizeExpression(text);
    this.skipWhitespace();
  }

  private skipWhitespace(): void {
    while (this.tokens[this.index]?.kind === "whitespace") this.index++;
  }

  /** The current significant token, or undefined at the end. */
  peek(): Token | undefined {
    return this.tokens[this.index];
  }

  /** The significant token after the current one. */
  peekNext(): Token | undefined {
    let next = this.index + 1;
    while (this.tokens[next]?.kind === "whitespace") next++;
    return this.tokens[next];
  }

  atEnd(): boolean {
    return this.index >= this.tokens.length;
  }

  /** True when the current token is this punctuation or keyword (keywords compare case-insensitively). */
  isAt(text: string): boolean {
    const token = this.peek();
    if (token === undefined) return false;
    if (token.kind === "identifier") return token.text.toUpperCase() === text;
    return token.kind === "punctuation" && token.text === text;
  }

  /** Consumes and returns the current token. */
  advance(): Token {
    const token = this.peek();
    if (token === undefined) throw this.syntaxError();
    this.index++;
    this.skipWhitespace();
    return token;
  }

  /** Consumes the given punctuation or keyword, or fails with a syntax error at the current token. */
  expect(text: string): Token {
    if (!this.isAt(text)) throw this.syntaxError();
    return this.advance();
  }

  /** Consumes a token of one of the kinds, or fails. */
  expectKind(...kinds: TokenKind[]): Token {
    const token = this.peek();
    if (token === undefined || !kinds.includes(token.kind)) throw this.syntaxError();
    return this.advance();
  }

  private textAt(index: number): string {
    return this.tokens[index]?.text ?? "";
  }

  /** DynamoDB's `Syntax error; token: "...", near: "..."` for the current token. */
  syntaxError(): Error {
    const current = this.tokens[this.index];
    const before = this.tokens[this.index - 1]?.kind === "whitespace" ? this.textAt(this.index - 2) : "";
    const after = this.tokens[this.index + 1]?.kind === "whitespace" ? this.textAt(this.index + 2) : "";
    const near =
      before + this.textAt(this.index - 1) + (current?.text ?? "") + this.textAt(this.index + 1) + after;
    return invalidExpression(
      this.label,
      `Syntax error; token: "${current?.text ?? "<EOF>"}", near: "${near}"`,
    );
  }

  /** Fails unless every token was consumed. */
  expectEnd(): void {
    if (!this.atEnd()) throw this.syntaxError();
  }
}
