import { randomUuid } from "../../ports";
import type { InputRecord } from "../read-input";
import { readString } from "../read-input";
import type { StatesContext } from "./states-context";
import { checkName, getStateMachineOrThrow, readRequired } from "./states-context";
import { failStatesSerialization, statesError } from "./states-errors";
import type { ExecutionState, StateMachineState } from "./states-state";

const MAX_INPUT_BYTES = 262_144;

function readExecutionInput(input: InputRecord): string {
  const text = readString(input, "input", failStatesSerialization) ?? "{}";
  try {
    JSON.parse(text);
  } catch (error) {
    throw statesError(
      "InvalidExecutionInput",
      `Invalid State Machine Execution Input: '${error instanceof Error ? error.message : "not JSON"}'`,
    );
  }
  if (new TextEncoder().encode(text).length > MAX_INPUT_BYTES) {
    throw statesError(
      "InvalidExecutionInput",
      "Invalid State Machine Execution Input: 'The input is too large'",
    );
  }
  return text;
}

function toExecutionArn(context: StatesContext, machine: StateMachineState, name: string): string {
  const prefix = `arn:aws:states:${context.region}:${context.accountId}`;
  if (machine.type === "EXPRESS")
    return `${prefix}:express:${machine.name}:${name}:${randomUuid(context.random)}`;
  return `${prefix}:execution:${machine.name}:${name}`;
}

/**
 * StartExecution: records an execution in status RUNNING with its input; states are not run. Starting the same
 * name again with the same input returns the first execution, as Standard workflows do.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_StartExecution.html
 */
export function startExecution(context: StatesContext, input: InputRecord): Record<string, unknown> {
  const machine = getStateMachineOrThrow(context, readRequired(input, "stateMachineArn"));
  const name = readString(input, "name", failStatesSerialization) ?? randomUuid(context.random);
  checkName(name);
  const executionInput = readExecutionInput(input);
  const existing = Object.values(context.state.executions).find(
    (execution) => execution.stateMachineArn === machine.stateMachineArn && execution.name === name,
  );
  if (existing !== undefined && machine.type === "STANDARD") {
    if (existing.input !== executionInput)
      throw statesError("ExecutionAlreadyExists", `Execution Already Exists: '${existing.executionArn}'`);
    return { executionArn: existing.executionArn, startDate: existing.startDate };
  }
  const execution: ExecutionState = {
    executionArn: toExecutionArn(context, machine, name),
    stateMachineArn: machine.stateMachineArn,
    name,
    status: "RUNNING",
    startDate: context.clock.now() / 1000,
    input: executionInput,
  };
  context.state.executions[execution.executionArn] = execution;
  return { executionArn: execution.executionArn, startDate: execution.startDate };
}

/** DescribeExecution. @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeExecution.html */
export function describeExecution(context: StatesContext, input: InputRecord): Record<string, unknown> {
  const arn = readRequired(input, "executionArn");
  if (!/^arn:aws:states:[^:]+:\d{12}:(execution|express):.+$/.test(arn))
    throw statesError("InvalidArn", `Invalid Arn: '${arn}'`);
  const execution = context.state.executions[arn];
  if (execution === undefined)
    throw statesError("ExecutionDoesNotExist", `Execution Does Not Exist: '${arn}'`);
  return { ...execution, inputDetails: { included: true } };
}

/** ListExecutions, newest first. @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListExecutions.html */
export function listExecutions(context: StatesContext, input: InputRecord): Record<string, unknown> {
  const machine = getStateMachineOrThrow(context, readRequired(input, "stateMachineArn"));
  const statusFilter = readString(input, "statusFilter", failStatesSerialization);
  const executions = Object.values(context.state.executions)
    .filter((execution) => execution.stateMachineArn === machine.stateMachineArn)
    .filter((execution) => statusFilter === undefined || execution.status === statusFilter)
    .sort((a, b) => b.startDate - a.startDate)
    .map(({ executionArn, stateMachineArn, name, status, startDate }) => ({
      executionArn,
      stateMachineArn,
      name,
      status,
      startDate,
    }));
  return { executions };
}
