import type { Clock, Random } from "../../../ports";
import type { InputRecord } from "../../read-input";
import { readString } from "../../read-input";
import {
  constraintError,
  missingMemberError,
  resourceNotFound,
  serializationError,
} from "../dynamodb-errors";
import type { DynamoDbState, TableState } from "../dynamodb-state";

/** What every DynamoDB operation works with: the sandbox's tables and its ports. */
export interface DynamoDbContext {
  readonly state: DynamoDbState;
  readonly clock: Clock;
  readonly random: Random;
  readonly accountId: string;
  readonly region: string;
}

/** One DynamoDB operation: a JSON-protocol request body in, a response body out. */
export type DynamoDbOperation = (context: DynamoDbContext, input: InputRecord) => Record<string, unknown>;

/** The DynamoDB serialization failure, for the typed readers of read-input.ts. */
export const failDynamoDbSerialization = (message: string): Error => serializationError(message);

/**
 * The TableName member, checked as DynamoDB's request validator checks it.
 *
 * @see https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html
 */
export function readTableName(input: InputRecord, minimumLength = 1): string {
  const name = readString(input, "TableName", failDynamoDbSerialization);
  if (name === undefined) throw missingMemberError("tableName");
  if (name.length < minimumLength) {
    throw constraintError(
      `'${name}'`,
      "tableName",
      `Member must have length greater than or equal to ${minimumLength}`,
    );
  }
  if (name.length > 255) {
    throw constraintError(`'${name}'`, "tableName", "Member must have length less than or equal to 255");
  }
  if (!/^[a-zA-Z0-9_.-]+$/.test(name)) {
    throw constraintError(
      `'${name}'`,
      "tableName",
      "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+",
    );
  }
  return name;
}

/** The table a data-plane request names, or DynamoDB's ResourceNotFoundException. */
export function getTableOrThrow(context: DynamoDbContext, input: InputRecord): TableState {
  const table = context.state.tables[readTableName(input)];
  if (table === undefined) throw resourceNotFound();
  return table;
}

/** An enum member, with the validator's "Member must satisfy enum value set" error. */
export function readEnum<T extends string>(
  input: InputRecord,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const value = readString(input, key, failDynamoDbSerialization);
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    const member = key.charAt(0).toLowerCase() + key.slice(1);
    throw constraintError(
      `'${value}'`,
      member,
      `Member must satisfy enum value set: [${allowed.join(", ")}]`,
    );
  }
  return value as T;
}
