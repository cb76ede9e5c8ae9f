import { invalidExpression } from "../dynamodb-errors";
import type { DocumentPath } from "./expression-ast";
import { formatDocumentPath } from "./expression-ast";
import type { ExpressionScope } from "./expression-scope";
import { parseDocumentPath } from "./parse-operand";
import { TokenCursor } from "./token-cursor";

const LABEL = "ProjectionExpression";

/**
 * Parses a ProjectionExpression: document paths separated by commas.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ProjectionExpressions.html
 */
export function parseProjectionExpression(text: string, scope: ExpressionScope): DocumentPath[] {
  if (text.trim() === "") throw invalidExpression(LABEL, "The expression can not be empty;");
  scope.begin(LABEL);
  const cursor = new TokenCursor(LABEL, text);
  const paths = [parseDocumentPath(cursor, scope)];
  while (cursor.isAt(",")) {
    cursor.advance();
    paths.push(parseDocumentPath(cursor, scope));
  }
  cursor.expectEnd();
  scope.end();
  for (let i = 0; i < paths.length; i++) {
    for (let j = i + 1; j < paths.length; j++) {
      const one = paths[i] ?? [];
      const two = paths[j] ?? [];
      const shared = Math.min(one.length, two.length);
      if (one.slice(0, shared).every((element, k) => element === two[k])) {
        throw invalidExpression(
          LABEL,
          `Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${formatDocumentPath(one)}, path two: ${formatDocumentPath(two)}`,
        );
      }
    }
  }
  return paths;
}
