import type { AttributeValue } from "../attribute-value";
import { ATTRIBUTE_TYPES, attributeTypeOf } from "../attribute-value";
import { compareScalars } from "../compare-attribute-values";
import { invalidExpression } from "../dynamodb-errors";
import type { Comparator, ConditionFunctionName, ConditionNode, Operand } from "./expression-ast";
import { formatDocumentPath } from "./expression-ast";
import type { ExpressionScope } from "./expression-scope";
import { CONDITION_FUNCTIONS, checkFunctionName, isAtFunctionCall, parseOperand } from "./parse-operand";
import { TokenCursor } from "./token-cursor";

/**
 * A recursive-descent parser for condition expressions (ConditionExpression, FilterExpression and
 * KeyConditionExpression), with DynamoDB's precedence: comparators, IN, BETWEEN, functions, parentheses, NOT,
 * AND, OR.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
 */
const COMPARATORS = new Set<string>(["=", "<>", "<", "<=", ">", ">="]);
const FUNCTION_ARITY: Record<ConditionFunctionName, number> = {
  attribute_exists: 1,
  attribute_not_exists: 1,
  attribute_type: 2,
  begins_with: 2,
  contains: 2,
};

interface Parser {
  readonly cursor: TokenCursor;
  readonly scope: ExpressionScope;
  /** The first semantic problem found, reported only if the syntax turns out valid. */
  problem?: string;
}

function note(parser: Parser, detail: string): void {
  parser.problem ??= detail;
}

function parseOr(parser: Parser): ConditionNode {
  let left = parseAnd(parser);
  while (parser.cursor.isAt("OR")) {
    parser.cursor.advance();
    left = { kind: "or", left, right: parseAnd(parser) };
  }
  return left;
}

function parseAnd(parser: Parser): ConditionNode {
  let left = parseNot(parser);
  while (parser.cursor.isAt("AND")) {
    parser.cursor.advance();
    left = { kind: "and", left, right: parseNot(parser) };
  }
  return left;
}

function parseNot(parser: Parser): ConditionNode {
  if (!parser.cursor.isAt("NOT")) return parsePrimary(parser);
  parser.cursor.advance();
  return { kind: "not", operand: parseNot(parser) };
}

function parsePrimary(parser: Parser): ConditionNode {
  const { cursor } = parser;
  if (cursor.isAt("(")) {
    cursor.advance();
    const inner = parseOr(parser);
    cursor.expect(")");
    if (inner.kind === "parentheses") note(parser, "The expression has redundant parentheses;");
    return { kind: "parentheses", inner };
  }
  if (isAtFunctionCall(cursor) && cursor.peek()?.text !== "size") return parseFunction(parser);
  const operand = parseOperand(cursor, parser.scope);
  const token = cursor.peek();
  if (token?.kind === "punctuation" && COMPARATORS.has(token.text)) {
    cursor.advance();
    return {
      kind: "compare",
      comparator: token.text as Comparator,
      left: operand,
      right: parseOperand(cursor, parser.scope),
    };
  }
  if (cursor.isAt("BETWEEN")) return parseBetween(parser, operand);
  if (cursor.isAt("IN")) return parseIn(parser, operand);
  throw cursor.syntaxError();
}

function describeValue(value: AttributeValue): string {
  const type = attributeTypeOf(value);
  return `AttributeValue: {${type}:${String(value[type])}}`;
}

function parseBetween(parser: Parser, operand: Operand): ConditionNode {
  parser.cursor.advance();
  const lower = parseOperand(parser.cursor, parser.scope);
  parser.cursor.expect("AND");
  const upper = parseOperand(parser.cursor, parser.scope);
  if (
    lower.kind === "value" &&
    upper.kind === "value" &&
    (compareScalars(lower.value, upper.value) ?? 0) > 0
  ) {
    note(
      parser,
      `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: ${describeValue(lower.value)}, upper bound operand: ${describeValue(upper.value)}`,
    );
  }
  return { kind: "between", operand, lower, upper };
}

function parseIn(parser: Parser, operand: Operand): ConditionNode {
  const { cursor } = parser;
  cursor.advance();
  cursor.expect("(");
  const candidates = [parseOperand(cursor, parser.scope)];
  while (cursor.isAt(",")) {
    cursor.advance();
    candidates.push(parseOperand(cursor, parser.scope));
  }
  cursor.expect(")");
  return { kind: "in", operand, candidates };
}

function parseFunction(parser: Parser): ConditionNode {
  const { cursor } = parser;
  checkFunctionName(cursor, CONDITION_FUNCTIONS);
  const name = cursor.advance().text as ConditionFunctionName;
  cursor.expect("(");
  const operands = [parseOperand(cursor, parser.scope)];
  while (cursor.isAt(",")) {
    cursor.advance();
    operands.push(parseOperand(cursor, parser.scope));
  }
  cursor.expect(")");
  return toFunctionNode(parser, name, operands);
}

function checkAttributeTypeName(parser: Parser, value: AttributeValue): void {
  if (value.S !== undefined && (ATTRIBUTE_TYPES as readonly string[]).includes(value.S)) return;
  note(
    parser,
    `Invalid attribute type name found; type: ${value.S ?? attributeTypeOf(value)}, valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }`,
  );
}

function toFunctionNode(parser: Parser, name: ConditionFunctionName, operands: Operand[]): ConditionNode {
  const [first, argument] = operands;
  if (operands.length !== FUNCTION_ARITY[name]) {
    note(
      parser,
      `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${operands.length}`,
    );
  }
  if (first?.kind !== "path") {
    note(parser, `Operator or function requires a document path; operator or function: ${name}`);
    return { kind: "function", name, path: [] };
  }
  if (argument?.kind === "path" && formatDocumentPath(argument.path) === formatDocumentPath(first.path)) {
    note(
      parser,
      `The first operand must be distinct from the remaining operands for this operator or function; operator: ${name}, first operand: ${formatDocumentPath(first.path)}`,
    );
  }
  if (name === "attribute_type" && argument?.kind === "value") checkAttributeTypeName(parser, argument.value);
  return argument === undefined
    ? { kind: "function", name, path: first.path }
    : { kind: "function", name, path: first.path, argument };
}

/** Parses a condition expression, raising DynamoDB's `Invalid <label>: ...` errors. */
export function parseConditionExpression(text: string, label: string, scope: ExpressionScope): ConditionNode {
  if (text.trim() === "") throw invalidExpression(label, "The expression can not be empty;");
  scope.begin(label);
  const parser: Parser = { cursor: new TokenCursor(label, text), scope };
  const node = parseOr(parser);
  parser.cursor.expectEnd();
  if (parser.problem !== undefined) throw invalidExpression(label, parser.problem);
  scope.end();
  return node;
}
