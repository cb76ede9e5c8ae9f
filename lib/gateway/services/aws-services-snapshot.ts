import { z } from "zod";
import { dynamoDbStateSchema } from "./dynamodb/dynamodb-state";
import type { DynamoDbState } from "./dynamodb/dynamodb-state";
import { snsStateSchema } from "./sns/sns-state";
import type { SnsState } from "./sns/sns-state";
import { sqsStateSchema } from "./sqs/sqs-state";
import type { SqsState } from "./sqs/sqs-state";
import { statesStateSchema } from "./states/states-state";
import type { StatesState } from "./states/states-state";

/** The whole state of a sandbox's simulated services, as plain JSON (saved with the sandbox, restored on load). */
export interface AwsServicesSnapshot {
  version: 1;
  dynamodb: DynamoDbState;
  sqs: SqsState;
  sns: SnsState;
  states: StatesState;
}

const snapshotSchema = z.object({
  version: z.literal(1),
  dynamodb: dynamoDbStateSchema,
  sqs: sqsStateSchema,
  sns: snsStateSchema,
  states: statesStateSchema,
});

/** A stored snapshot that is not one this module wrote. */
export class AwsServicesSnapshotError extends Error {
  override readonly name = "AwsServicesSnapshotError";
}

/** Checks a stored snapshot's shape and returns a private copy of it. */
export function toAwsServicesSnapshot(value: unknown): AwsServicesSnapshot {
  const parsed = snapshotSchema.safeParse(value);
  if (!parsed.success)
    throw new AwsServicesSnapshotError(
      `not an AWS services snapshot: ${parsed.error.issues[0]?.message ?? "invalid"}`,
    );
  return JSON.parse(JSON.stringify(parsed.data)) as AwsServicesSnapshot;
}

export function emptyAwsServicesSnapshot(): AwsServicesSnapshot {
  return {
    version: 1,
    dynamodb: { tables: {} },
    sqs: { queues: {} },
    sns: { topics: {} },
    states: { stateMachines: {}, executions: {} },
  };
}
