import type { Clock, Random } from "../ports";
import type { AwsServiceName } from "./aws-service-error";
import { AwsServiceError } from "./aws-service-error";
import type { AwsServicesSnapshot } from "./aws-services-snapshot";
import { emptyAwsServicesSnapshot, toAwsServicesSnapshot } from "./aws-services-snapshot";
import { callDynamoDb } from "./dynamodb/dynamodb-service";
import type { AwsServicesInspector } from "./inspect-aws-services";
import { inspectAwsServices } from "./inspect-aws-services";
import { callSns } from "./sns/sns-service";
import { callSqs } from "./sqs/sqs-service";
import { callStates } from "./states/states-service";

export interface AwsServicesOptions {
  readonly clock: Clock;
  readonly random: Random;
  readonly accountId?: string;
  readonly region?: string;
  /** A snapshot saved earlier, to rebuild a sandbox. */
  readonly snapshot?: unknown;
}

/** One sandbox's simulated DynamoDB, SQS, SNS and Step Functions. */
export interface AwsServices {
  readonly accountId: string;
  readonly region: string;
  /** Runs one operation with the service's own request shape; rejects with AwsServiceError as the service would. */
  call(service: AwsServiceName, operation: string, input: unknown): Promise<Record<string, unknown>>;
  /** The whole state as plain JSON. */
  snapshot(): AwsServicesSnapshot;
  /** Replaces the whole state with a snapshot (checked; AwsServicesSnapshotError if malformed). */
  restore(snapshot: unknown): void;
  readonly inspect: AwsServicesInspector;
}

/**
 * Creates a sandbox's in-memory AWS services. Time comes from `clock` (visibility timeouts, timestamps) and ids
 * from `random`, so a run is reproducible under a VirtualClock and a SeededRandom.
 */
export function createAwsServices(options: AwsServicesOptions): AwsServices {
  const accountId = options.accountId ?? "123456789012";
  const region = options.region ?? "us-east-1";
  let state =
    options.snapshot === undefined ? emptyAwsServicesSnapshot() : toAwsServicesSnapshot(options.snapshot);
  const ports = { clock: options.clock, random: options.random, accountId, region };
  const run = (service: AwsServiceName, operation: string, input: unknown): Record<string, unknown> => {
    switch (service) {
      case "dynamodb":
        return callDynamoDb({ ...ports, state: state.dynamodb }, operation, input);
      case "sqs":
        return callSqs({ ...ports, state: state.sqs }, operation, input);
      case "sns":
        return callSns({ ...ports, state: state.sns }, operation, input);
      case "states":
        return callStates({ ...ports, state: state.states }, operation, input);
      default:
        throw new RangeError(`not a simulated AWS service: ${String(service)}`);
    }
  };
  let inspector = inspectAwsServices(state, () => options.clock.now());
  return {
    accountId,
    region,
    call: async (service, operation, input) => {
      try {
        return run(service, operation, input);
      } catch (error) {
        if (error instanceof AwsServiceError || error instanceof RangeError) throw error;
        // An unexpected fault is the service's own 500, never a leak of internals.
        throw new AwsServiceError(service, "InternalServerError", "Internal server error", 500);
      }
    },
    snapshot: () => JSON.parse(JSON.stringify(state)) as AwsServicesSnapshot,
    restore: (snapshot) => {
      state = toAwsServicesSnapshot(snapshot);
      inspector = inspectAwsServices(state, () => options.clock.now());
    },
    get inspect() {
      return inspector;
    },
  };
}
