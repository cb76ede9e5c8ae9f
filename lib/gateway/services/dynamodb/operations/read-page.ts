import type { InputRecord } from "../../read-input";
import { readInteger, readString } from "../../read-input";
import type { AttributeMap } from "../attribute-value";
import { cloneAttributeMap } from "../attribute-value";
import { constraintError, validationError } from "../dynamodb-errors";
import { projectItem } from "../expression/document-path";
import { evaluateCondition } from "../expression/evaluate-condition";
import type { ConditionNode, DocumentPath } from "../expression/expression-ast";
import type { ExpressionScope } from "../expression/expression-scope";
import { parseProjectionExpression } from "../expression/parse-projection-expression";
import { itemSize } from "../item-size";
import { failDynamoDbSerialization, readEnum } from "./dynamodb-context";

/** A page is cut after 1 MB of items read, before the filter applies. */
const MAX_PAGE_BYTES = 1024 * 1024;

/** How Query and Scan shape their result, from Select, ProjectionExpression and Limit. */
export interface PageOptions {
  readonly limit?: number;
  readonly count: boolean;
  readonly projection?: DocumentPath[];
  readonly filter?: ConditionNode;
}

/**
 * Reads Limit, Select and ProjectionExpression, with DynamoDB's validation messages. Query and Scan word a Limit
 * below 1 differently (both captured from DynamoDB by dynamodb-conformance).
 */
export function readPageOptions(
  input: InputRecord,
  scope: ExpressionScope,
  filter: ConditionNode | undefined,
  operation: "Query" | "Scan",
): PageOptions {
  const limit = readInteger(input, "Limit", failDynamoDbSerialization);
  if (limit !== undefined && limit < 1) {
    if (operation === "Query")
      throw validationError(
        "1 validation error detected: Value at 'Limit' failed to satisfy constraint: Member must have value greater than or equal to 1",
      );
    throw constraintError(`'${limit}'`, "limit", "Member must have value greater than or equal to 1");
  }
  const select = readEnum(
    input,
    "Select",
    ["SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES", "ALL_PROJECTED_ATTRIBUTES"],
    "ALL_ATTRIBUTES",
  );
  const projectionText = readString(input, "ProjectionExpression", failDynamoDbSerialization);
  if (select === "ALL_PROJECTED_ATTRIBUTES")
    throw validationError("ALL_PROJECTED_ATTRIBUTES can be used only when Querying using an IndexName");
  if (select === "SPECIFIC_ATTRIBUTES" && projectionText === undefined && input.Select !== undefined) {
    throw validationError(
      "Must specify the AttributesToGet or ProjectionExpression when choosing to get SPECIFIC_ATTRIBUTES",
    );
  }
  if (projectionText !== undefined && input.Select !== undefined && select !== "SPECIFIC_ATTRIBUTES") {
    throw validationError(`Cannot specify the ProjectionExpression when choosing to get ${select}`);
  }
  const projection =
    projectionText === undefined ? undefined : parseProjectionExpression(projectionText, scope);
  return { limit, count: select === "COUNT", projection, filter };
}

/** One page of Query or Scan output, plus the bytes read for the capacity units. */
export interface Page {
  readonly output: Record<string, unknown>;
  readonly bytesRead: number;
}

/**
 * Reads candidates in order until Limit items have been evaluated or 1 MB read; the filter applies after that,
 * so a page may hold fewer items than Limit. LastEvaluatedKey is returned whenever a cap stopped the read.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Query.Pagination.html
 */
export function readPage(
  candidates: Iterable<AttributeMap>,
  options: PageOptions,
  keyOf: (item: AttributeMap) => AttributeMap,
): Page {
  const matched: AttributeMap[] = [];
  let scanned = 0;
  let bytesRead = 0;
  let lastEvaluatedKey: AttributeMap | undefined;
  for (const item of candidates) {
    scanned++;
    bytesRead += itemSize(item);
    if (options.filter === undefined || evaluateCondition(options.filter, item)) matched.push(item);
    if (scanned === options.limit || bytesRead >= MAX_PAGE_BYTES) {
      lastEvaluatedKey = keyOf(item);
      break;
    }
  }
  const output: Record<string, unknown> = {};
  if (!options.count) {
    output.Items = matched.map((item) =>
      options.projection === undefined ? cloneAttributeMap(item) : projectItem(item, options.projection),
    );
  }
  output.Count = matched.length;
  output.ScannedCount = scanned;
  if (lastEvaluatedKey !== undefined) output.LastEvaluatedKey = cloneAttributeMap(lastEvaluatedKey);
  return { output, bytesRead };
}
