import { AwsServiceError } from "../../aws-service-error";
import type { InputRecord } from "../../read-input";
import { readRecord } from "../../read-input";
import type { AttributeMap } from "../attribute-value";
import { validationError } from "../dynamodb-errors";
import { ExpressionScope } from "../expression/expression-scope";
import { toAttributeValue } from "../validate-attribute-value";
import { failDynamoDbSerialization } from "./dynamodb-context";

const LEGACY_PARAMETERS: Record<string, string> = {
  Expected: "ConditionExpression",
  ConditionalOperator: "ConditionExpression",
  AttributeUpdates: "UpdateExpression",
  AttributesToGet: "ProjectionExpression",
  KeyConditions: "KeyConditionExpression",
  QueryFilter: "FilterExpression",
  ScanFilter: "FilterExpression",
};

/**
 * Refuses the pre-2014 non-expression parameters, which the simulator does not implement (listed in
 * DEVIATIONS.md): silently ignoring a condition would be worse than saying so.
 */
export function rejectLegacyParameters(input: InputRecord): void {
  for (const [legacy, replacement] of Object.entries(LEGACY_PARAMETERS)) {
    if (input[legacy] !== undefined && input[legacy] !== null) {
      throw validationError(
        `The legacy parameter ${legacy} is not simulated by Gatewise; use ${replacement}`,
      );
    }
  }
}

function readNames(input: InputRecord): Record<string, string> | undefined {
  const raw = readRecord(input, "ExpressionAttributeNames", failDynamoDbSerialization);
  if (raw === undefined) return undefined;
  if (Object.keys(raw).length === 0) throw validationError("ExpressionAttributeNames must not be empty");
  const names: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith("#"))
      throw validationError(`ExpressionAttributeNames contains invalid key: Syntax error; key: "${key}"`);
    if (typeof value !== "string") throw failDynamoDbSerialization("Unexpected value type in payload");
    names[key] = value;
  }
  return names;
}

function readValues(input: InputRecord): AttributeMap | undefined {
  const raw = readRecord(input, "ExpressionAttributeValues", failDynamoDbSerialization);
  if (raw === undefined) return undefined;
  if (Object.keys(raw).length === 0) throw validationError("ExpressionAttributeValues must not be empty");
  const values: AttributeMap = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(":"))
      throw validationError(`ExpressionAttributeValues contains invalid key: Syntax error; key: "${key}"`);
    try {
      values[key] = toAttributeValue(value);
    } catch (error) {
      if (!(error instanceof AwsServiceError) || error.type !== "ValidationException") throw error;
      throw validationError(
        `ExpressionAttributeValues contains invalid value: ${error.message} for key ${key}`,
      );
    }
  }
  return values;
}

/**
 * The placeholders of a request. `valueExpressions` are the expression parameters of the operation that can use
 * `:values`, `nameExpressions` all that can use `#names`; supplying placeholders with none of them is refused.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.ExpressionAttributeValues.html
 */
export function toExpressionScope(
  input: InputRecord,
  valueExpressions: readonly string[],
  nameExpressions: readonly string[],
): ExpressionScope {
  const names = readNames(input);
  const values = readValues(input);
  const isAbsent = (member: string) => input[member] === undefined || input[member] === null;
  if (names !== undefined && nameExpressions.every(isAbsent)) {
    throw validationError("ExpressionAttributeNames can only be specified when using expressions");
  }
  const absentValueExpressions = valueExpressions.filter(isAbsent);
  if (values !== undefined && absentValueExpressions.length === valueExpressions.length) {
    const verb = absentValueExpressions.length > 1 ? "are" : "is";
    throw validationError(
      `ExpressionAttributeValues can only be specified when using expressions: ${absentValueExpressions.join(" and ")} ${verb} null`,
    );
  }
  return new ExpressionScope(names, values);
}
