import type { InputRecord } from "../read-input";
import { readString } from "../read-input";
import type { StatesContext } from "./states-context";
import { checkName, getStateMachineOrThrow, readRequired } from "./states-context";
import { failStatesSerialization, statesError } from "./states-errors";
import { validateDefinition } from "./validate-definition";

/**
 * CreateStateMachine: stores the definition (states are not executed). Idempotent for the same name, definition
 * and role.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_CreateStateMachine.html
 */
export function createStateMachine(context: StatesContext, input: InputRecord): Record<string, unknown> {
  const name = readRequired(input, "name");
  const definition = readRequired(input, "definition");
  const roleArn = readRequired(input, "roleArn");
  const type = readString(input, "type", failStatesSerialization) ?? "STANDARD";
  checkName(name);
  if (type !== "STANDARD" && type !== "EXPRESS") {
    throw statesError(
      "ValidationException",
      `1 validation error detected: Value '${type}' at 'type' failed to satisfy constraint: Member must satisfy enum value set: [STANDARD, EXPRESS]`,
    );
  }
  if (!/^arn:aws:iam::\d{12}:role\/.+$/.test(roleArn))
    throw statesError("InvalidArn", `Invalid Arn: '${roleArn}'`);
  validateDefinition(definition);
  const stateMachineArn = `arn:aws:states:${context.region}:${context.accountId}:stateMachine:${name}`;
  const existing = context.state.stateMachines[stateMachineArn];
  if (existing !== undefined) {
    if (existing.definition !== definition || existing.roleArn !== roleArn || existing.type !== type) {
      throw statesError("StateMachineAlreadyExists", `State Machine Already Exists: '${stateMachineArn}'`);
    }
    return { stateMachineArn, creationDate: existing.creationDate };
  }
  const creationDate = context.clock.now() / 1000;
  context.state.stateMachines[stateMachineArn] = {
    stateMachineArn,
    name,
    definition,
    roleArn,
    type,
    creationDate,
  };
  return { stateMachineArn, creationDate };
}

/** DescribeStateMachine. @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_DescribeStateMachine.html */
export function describeStateMachine(context: StatesContext, input: InputRecord): Record<string, unknown> {
  const machine = getStateMachineOrThrow(context, readRequired(input, "stateMachineArn"));
  return {
    stateMachineArn: machine.stateMachineArn,
    name: machine.name,
    status: "ACTIVE",
    definition: machine.definition,
    roleArn: machine.roleArn,
    type: machine.type,
    creationDate: machine.creationDate,
  };
}

/** ListStateMachines. @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_ListStateMachines.html */
export function listStateMachines(context: StatesContext): Record<string, unknown> {
  const stateMachines = Object.values(context.state.stateMachines)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(({ stateMachineArn, name, type, creationDate }) => ({ stateMachineArn, name, type, creationDate }));
  return { stateMachines };
}

/** DeleteStateMachine: its executions go with it. @see https://docs.aws.amazon.com/step-functions/latest/apireference/API_DeleteStateMachine.html */
export function deleteStateMachine(context: StatesContext, input: InputRecord): Record<string, unknown> {
  const arn = readRequired(input, "stateMachineArn");
  if (context.state.stateMachines[arn] === undefined) return {};
  delete context.state.stateMachines[arn];
  for (const [executionArn, execution] of Object.entries(context.state.executions)) {
    if (execution.stateMachineArn === arn) delete context.state.executions[executionArn];
  }
  return {};
}
