import { describe, expect, it } from "vitest";
import { ExpressionScope } from "@/lib/gateway/services/dynamodb/expression/expression-scope";
import { parseConditionExpression } from "@/lib/gateway/services/dynamodb/expression/parse-condition-expression";
import { parseProjectionExpression } from "@/lib/gateway/services/dynamodb/expression/parse-projection-expression";
import { tokenizeExpression } from "@/lib/gateway/services/dynamodb/expression/tokenize-expression";

const VALUES = { ":v": { N: "1" }, ":s": { S: "x" } };

function conditionError(text: string, names: Record<string, string> = {}): string {
  try {
    parseConditionExpression(text, "ConditionExpression", new ExpressionScope(names, VALUES));
  } catch (error) {
    return (error as Error).message;
  }
  return "parsed";
}

describe("DynamoDB expression parsing", () => {
  it("tokenizes operators, placeholders, paths and whitespace", () => {
    expect(tokenizeExpression("#a.b[1] <> :v").map((token) => `${token.kind}:${token.text}`)).toEqual([
      "name:#a",
      "punctuation:.",
      "identifier:b",
      "punctuation:[",
      "number:1",
      "punctuation:]",
      "whitespace: ",
      "punctuation:<>",
      "whitespace: ",
      "value::v",
    ]);
  });

  it("binds AND tighter than OR and NOT tighter than AND", () => {
    const node = parseConditionExpression(
      "NOT a = :v AND b = :v OR c = :v",
      "ConditionExpression",
      new ExpressionScope({}, VALUES),
    );
    expect(node.kind).toBe("or");
    expect(node.kind === "or" && node.left.kind === "and" && node.left.left.kind).toBe("not");
  });

  it.each([
    ["a = ", 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "= "'],
    ["a == :v", 'Invalid ConditionExpression: Syntax error; token: "=", near: "== :v"'],
    ["a != :v", 'Invalid ConditionExpression: Syntax error; token: "!", near: "a !="'],
    ["a = :v AND", 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "AND"'],
    ["(a = :v", 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: ":v"'],
    ["a IN ()", 'Invalid ConditionExpression: Syntax error; token: ")", near: "()"'],
    ["exists(a)", "Invalid ConditionExpression: Invalid function name; function: exists"],
    [
      "begins_with(a)",
      "Invalid ConditionExpression: Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 1",
    ],
    [
      "attribute_exists(:v)",
      "Invalid ConditionExpression: Operator or function requires a document path; operator or function: attribute_exists",
    ],
    [
      "attribute_type(a, :s)",
      "Invalid ConditionExpression: Invalid attribute type name found; type: x, valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }",
    ],
    [
      "#n = :v",
      "Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #n",
    ],
    [
      "a = :missing",
      "Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :missing",
    ],
    [
      "Name = :v",
      "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Name",
    ],
    [
      "a.data = :v",
      "Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: data",
    ],
    ["", "Invalid ConditionExpression: The expression can not be empty;"],
  ])("refuses %j: %s", (text, message) => {
    expect(conditionError(text)).toBe(message);
  });

  it("accepts reserved words through ExpressionAttributeNames and single parentheses", () => {
    expect(conditionError("(#n = :v) AND (attribute_exists(#n))", { "#n": "Name" })).toBe("parsed");
  });

  it("refuses overlapping projection paths", () => {
    expect(() => parseProjectionExpression("a, a.b", new ExpressionScope())).toThrow(
      "Invalid ProjectionExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b]",
    );
  });
});
