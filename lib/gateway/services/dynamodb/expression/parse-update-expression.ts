import { invalidExpression } from "../dynamodb-errors";
import type { DocumentPath, SetValue, UpdateAction, UpdateOperand } from "./expression-ast";
import { formatDocumentPath } from "./expression-ast";
import type { ExpressionScope } from "./expression-scope";
import { checkFunctionName, isAtFunctionCall, parseDocumentPath } from "./parse-operand";
import { TokenCursor } from "./token-cursor";

/**
 * A recursive-descent parser for UpdateExpression: `SET a = :v, b = b + :n REMOVE c ADD d :one DELETE e :set`.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.UpdateExpressions.html
 */
const LABEL = "UpdateExpression";
const SECTIONS = ["SET", "REMOVE", "ADD", "DELETE"] as const;
type Section = (typeof SECTIONS)[number];
const UPDATE_FUNCTIONS = new Set(["if_not_exists", "list_append"]);

interface Parser {
  readonly cursor: TokenCursor;
  readonly scope: ExpressionScope;
  problem?: string;
}

function parseUpdateOperand(parser: Parser): UpdateOperand {
  const { cursor, scope } = parser;
  const token = cursor.peek();
  if (token?.kind === "value") {
    cursor.advance();
    return { kind: "value", value: scope.resolveValue(token.text) };
  }
  if (!isAtFunctionCall(cursor)) return { kind: "path", path: parseDocumentPath(cursor, scope) };
  checkFunctionName(cursor, UPDATE_FUNCTIONS);
  const name = cursor.advance().text;
  cursor.expect("(");
  const first = parseUpdateOperand(parser);
  cursor.expect(",");
  const second = parseUpdateOperand(parser);
  cursor.expect(")");
  if (name === "list_append") return { kind: "list_append", first, second };
  if (first.kind !== "path") {
    parser.problem ??= "Operator or function requires a document path; operator or function: if_not_exists";
    return second;
  }
  return { kind: "if_not_exists", path: first.path, fallback: second };
}

function parseSetValue(parser: Parser): SetValue {
  const left = parseUpdateOperand(parser);
  const operator = parser.cursor.peek()?.text;
  if (operator !== "+" && operator !== "-") return left;
  parser.cursor.advance();
  return { kind: "arithmetic", operator, left, right: parseUpdateOperand(parser) };
}

function parseAction(parser: Parser, section: Section): UpdateAction {
  const { cursor, scope } = parser;
  const path = parseDocumentPath(cursor, scope);
  if (section === "REMOVE") return { kind: "REMOVE", path };
  if (section === "SET") {
    cursor.expect("=");
    return { kind: "SET", path, value: parseSetValue(parser) };
  }
  const placeholder = cursor.expectKind("value").text;
  return { kind: section, path, value: scope.resolveValue(placeholder) };
}

function parseSection(parser: Parser, seen: Set<Section>): UpdateAction[] {
  const { cursor } = parser;
  const word = cursor.peek()?.kind === "identifier" ? (cursor.peek()?.text.toUpperCase() ?? "") : "";
  const section = SECTIONS.find((candidate) => candidate === word);
  if (section === undefined) throw cursor.syntaxError();
  if (seen.has(section))
    parser.problem ??= `The "${section}" section can only be used once in an update expression;`;
  seen.add(section);
  cursor.advance();
  const actions = [parseAction(parser, section)];
  while (cursor.isAt(",")) {
    cursor.advance();
    actions.push(parseAction(parser, section));
  }
  return actions;
}

function relatePaths(one: DocumentPath, two: DocumentPath): "overlap" | "conflict" | undefined {
  const shared = Math.min(one.length, two.length);
  for (let i = 0; i < shared; i++) {
    if (one[i] === two[i]) continue;
    return i > 0 && typeof one[i] !== typeof two[i] ? "conflict" : undefined;
  }
  return "overlap";
}

function findPathProblem(actions: readonly UpdateAction[]): string | undefined {
  for (let i = 0; i < actions.length; i++) {
    for (let j = i + 1; j < actions.length; j++) {
      const one = actions[i]?.path ?? [];
      const two = actions[j]?.path ?? [];
      const relation = relatePaths(one, two);
      if (relation === undefined) continue;
      return `Two document paths ${relation === "overlap" ? "overlap" : "conflict"} with each other; must remove or rewrite one of these paths; path one: ${formatDocumentPath(one)}, path two: ${formatDocumentPath(two)}`;
    }
  }
  return undefined;
}

/** Parses an UpdateExpression into its actions, in the order written. */
export function parseUpdateExpression(text: string, scope: ExpressionScope): UpdateAction[] {
  if (text.trim() === "") throw invalidExpression(LABEL, "The expression can not be empty;");
  scope.begin(LABEL);
  const parser: Parser = { cursor: new TokenCursor(LABEL, text), scope };
  const seen = new Set<Section>();
  const actions: UpdateAction[] = [];
  while (!parser.cursor.atEnd()) actions.push(...parseSection(parser, seen));
  const problem = parser.problem ?? findPathProblem(actions);
  if (problem !== undefined) throw invalidExpression(LABEL, problem);
  scope.end();
  return actions;
}
