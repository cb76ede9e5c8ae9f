import type { AttributeValue } from "../attribute-value";

/**
 * Parsed DynamoDB expressions, with placeholders already resolved: a document path is a list of attribute/map
 * key names and list indexes (`a.b[2]` is `["a", "b", 2]`).
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.Attributes.html
 */
export type DocumentPath = readonly (string | number)[];

export type Comparator = "=" | "<>" | "<" | "<=" | ">" | ">=";

export type Operand =
  | { readonly kind: "path"; readonly path: DocumentPath }
  | { readonly kind: "value"; readonly value: AttributeValue }
  | { readonly kind: "size"; readonly path: DocumentPath };

export type ConditionFunctionName =
  "attribute_exists" | "attribute_not_exists" | "attribute_type" | "begins_with" | "contains";

export type ConditionNode =
  | {
      readonly kind: "compare";
      readonly comparator: Comparator;
      readonly left: Operand;
      readonly right: Operand;
    }
  | { readonly kind: "between"; readonly operand: Operand; readonly lower: Operand; readonly upper: Operand }
  | { readonly kind: "in"; readonly operand: Operand; readonly candidates: readonly Operand[] }
  | {
      readonly kind: "function";
      readonly name: ConditionFunctionName;
      readonly path: DocumentPath;
      readonly argument?: Operand;
    }
  | { readonly kind: "and" | "or"; readonly left: ConditionNode; readonly right: ConditionNode }
  | { readonly kind: "not"; readonly operand: ConditionNode }
  | { readonly kind: "parentheses"; readonly inner: ConditionNode };

export type UpdateOperand =
  | { readonly kind: "path"; readonly path: DocumentPath }
  | { readonly kind: "value"; readonly value: AttributeValue }
  | { readonly kind: "if_not_exists"; readonly path: DocumentPath; readonly fallback: UpdateOperand }
  | { readonly kind: "list_append"; readonly first: UpdateOperand; readonly second: UpdateOperand };

export type SetValue =
  | UpdateOperand
  | {
      readonly kind: "arithmetic";
      readonly operator: "+" | "-";
      readonly left: UpdateOperand;
      readonly right: UpdateOperand;
    };

export type UpdateAction =
  | { readonly kind: "SET"; readonly path: DocumentPath; readonly value: SetValue }
  | { readonly kind: "REMOVE"; readonly path: DocumentPath }
  | { readonly kind: "ADD" | "DELETE"; readonly path: DocumentPath; readonly value: AttributeValue };

/** Renders a path as DynamoDB does in error messages: `[a, b, [2]]`. */
export function formatDocumentPath(path: DocumentPath): string {
  return `[${path.map((element) => (typeof element === "number" ? `[${element}]` : element)).join(", ")}]`;
}
