import { AwsServiceError } from "../aws-service-error";
import { toInputRecord } from "../read-input";
import { describeExecution, listExecutions, startExecution } from "./execution-operations";
import {
  createStateMachine,
  deleteStateMachine,
  describeStateMachine,
  listStateMachines,
} from "./state-machine-operations";
import type { StatesContext, StatesOperation } from "./states-context";
import { failStatesSerialization } from "./states-errors";
import type { StatesState } from "./states-state";

const OPERATIONS: Readonly<Record<string, StatesOperation>> = {
  CreateStateMachine: createStateMachine,
  DescribeStateMachine: describeStateMachine,
  ListStateMachines: listStateMachines,
  DeleteStateMachine: deleteStateMachine,
  StartExecution: startExecution,
  DescribeExecution: describeExecution,
  ListExecutions: listExecutions,
};

/** The operations the simulated Step Functions answers. */
export const STATES_OPERATIONS: readonly string[] = Object.keys(OPERATIONS);

/**
 * Runs one Step Functions operation (JSON 1.0 protocol shapes).
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_Operations.html
 */
export function callStates(
  context: StatesContext,
  operation: string,
  input: unknown,
): Record<string, unknown> {
  const handler = Object.hasOwn(OPERATIONS, operation) ? OPERATIONS[operation] : undefined;
  if (handler === undefined)
    throw new AwsServiceError("states", "UnknownOperationException", `Unknown operation ${operation}`);
  return handler(context, toInputRecord(input, failStatesSerialization));
}

export function emptyStatesState(): StatesState {
  return { stateMachines: {}, executions: {} };
}
