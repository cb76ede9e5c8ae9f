import type { AttributeMap, AttributeValue } from "../attribute-value";
import { invalidExpression, validationError } from "../dynamodb-errors";
import { isReservedWord } from "./reserved-words";

/**
 * The ExpressionAttributeNames and ExpressionAttributeValues of one request, shared by all its expressions.
 * Resolving records which placeholders were used (DynamoDB rejects unused ones) and defers the first semantic
 * error of an expression until its syntax has been fully checked, since syntax errors are reported first.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeNames.html
 */
export class ExpressionScope {
  private readonly usedNames = new Set<string>();
  private readonly usedValues = new Set<string>();
  private pending: Error | undefined;
  private label = "";

  constructor(
    private readonly names: Readonly<Record<string, string>> = {},
    private readonly values: Readonly<AttributeMap> = {},
  ) {}

  /** Starts parsing one expression, named as in errors (`ConditionExpression`, `UpdateExpression`...). */
  begin(label: string): void {
    this.label = label;
    this.pending = undefined;
  }

  /** Ends an expression whose syntax was valid, raising its first semantic error if any. */
  end(): void {
    if (this.pending !== undefined) throw this.pending;
  }

  private defer(detail: string): void {
    this.pending ??= invalidExpression(this.label, detail);
  }

  /** An attribute name written directly in the expression; reserved words are refused. */
  resolveIdentifier(word: string): string {
    if (isReservedWord(word)) this.defer(`Attribute name is a reserved keyword; reserved keyword: ${word}`);
    return word;
  }

  /** A `#name` placeholder. */
  resolveName(placeholder: string): string {
    this.usedNames.add(placeholder);
    const name = this.names[placeholder];
    if (name === undefined) {
      this.defer(
        `An expression attribute name used in the document path is not defined; attribute name: ${placeholder}`,
      );
      return placeholder;
    }
    return name;
  }

  /** A `:value` placeholder. */
  resolveValue(placeholder: string): AttributeValue {
    this.usedValues.add(placeholder);
    const value = this.values[placeholder];
    if (value === undefined) {
      this.defer(
        `An expression attribute value used in expression is not defined; attribute value: ${placeholder}`,
      );
      return { NULL: true };
    }
    return value;
  }

  /** Refuses placeholders that no expression of the request used. */
  checkAllUsed(): void {
    const unusedNames = Object.keys(this.names).filter((name) => !this.usedNames.has(name));
    if (unusedNames.length > 0) {
      throw validationError(
        `Value provided in ExpressionAttributeNames unused in expressions: keys: {${unusedNames.join(", ")}}`,
      );
    }
    const unusedValues = Object.keys(this.values).filter((name) => !this.usedValues.has(name));
    if (unusedValues.length > 0) {
      throw validationError(
        `Value provided in ExpressionAttributeValues unused in expressions: keys: {${unusedValues.join(", ")}}`,
      );
    }
  }
}
