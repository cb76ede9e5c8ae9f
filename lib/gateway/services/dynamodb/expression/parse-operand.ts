import { invalidExpression } from "../dynamodb-errors";
import type { DocumentPath, Operand } from "./expression-ast";
import type { ExpressionScope } from "./expression-scope";
import type { TokenCursor } from "./token-cursor";

/** Function names that stand for a whole condition, not an operand. */
export const CONDITION_FUNCTIONS = new Set([
  "attribute_exists",
  "attribute_not_exists",
  "attribute_type",
  "begins_with",
  "contains",
]);
const UPDATE_FUNCTIONS = new Set(["if_not_exists", "list_append"]);

function parsePathName(cursor: TokenCursor, scope: ExpressionScope): string {
  const token = cursor.expectKind("identifier", "name");
  return token.kind === "name" ? scope.resolveName(token.text) : scope.resolveIdentifier(token.text);
}

/**
 * A document path: `a`, `#a`, `a.b`, `a[0].#b`.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html#Expressions.Attributes.NestedElements.DocumentPathExamples
 */
export function parseDocumentPath(cursor: TokenCursor, scope: ExpressionScope): DocumentPath {
  const elements: (string | number)[] = [parsePathName(cursor, scope)];
  for (;;) {
    if (cursor.isAt(".")) {
      cursor.advance();
      elements.push(parsePathName(cursor, scope));
    } else if (cursor.isAt("[")) {
      cursor.advance();
      elements.push(Number(cursor.expectKind("number").text));
      cursor.expect("]");
    } else {
      return elements;
    }
  }
}

/** True when the current token is `name(`: a function call. */
export function isAtFunctionCall(cursor: TokenCursor): boolean {
  return cursor.peek()?.kind === "identifier" && cursor.peekNext()?.text === "(";
}

/** Refuses a call to a function DynamoDB does not have. */
export function checkFunctionName(cursor: TokenCursor, known: ReadonlySet<string>): void {
  const name = cursor.peek()?.text ?? "";
  if (known.has(name)) return;
  if (CONDITION_FUNCTIONS.has(name) || UPDATE_FUNCTIONS.has(name) || name === "size")
    throw cursor.syntaxError();
  throw invalidExpression(cursor.label, `Invalid function name; function: ${name}`);
}

/** A condition operand: a path, a `:value`, or `size(path)`. */
export function parseOperand(cursor: TokenCursor, scope: ExpressionScope): Operand {
  const token = cursor.peek();
  if (token?.kind === "value") {
    cursor.advance();
    return { kind: "value", value: scope.resolveValue(token.text) };
  }
  if (isAtFunctionCall(cursor)) {
    checkFunctionName(cursor, new Set(["size"]));
    cursor.advance();
    cursor.expect("(");
    const path = parseDocumentPath(cursor, scope);
    cursor.expect(")");
    return { kind: "size", path };
  }
  return { kind: "path", path: parseDocumentPath(cursor, scope) };
}
