import type { Clock, Random } from "../../ports";
import type { InputRecord } from "../read-input";
import { readString } from "../read-input";
import { failStatesSerialization, missingMember, statesError } from "./states-errors";
import type { StateMachineState, StatesState } from "./states-state";

/** What every Step Functions operation works with. */
export interface StatesContext {
  readonly state: StatesState;
  readonly clock: Clock;
  readonly random: Random;
  readonly accountId: string;
  readonly region: string;
}

export type StatesOperation = (context: StatesContext, input: InputRecord) => Record<string, unknown>;

/** A required string member. */
export function readRequired(input: InputRecord, member: string): string {
  const value = readString(input, member, failStatesSerialization);
  if (value === undefined) throw missingMember(member);
  return value;
}

/** State machine and execution names: 1 to 80 characters, no whitespace, brackets, wildcards or punctuation. */
export function checkName(name: string): void {
  if (!/^[A-Za-z0-9_-]{1,80}$/.test(name)) throw statesError("InvalidName", `Invalid Name: '${name}'`);
}

/** The state machine an ARN names, or StateMachineDoesNotExist. */
export function getStateMachineOrThrow(context: StatesContext, arn: string): StateMachineState {
  if (!/^arn:aws:states:[^:]+:\d{12}:stateMachine:[^:]+$/.test(arn))
    throw statesError("InvalidArn", `Invalid Arn: '${arn}'`);
  const machine = context.state.stateMachines[arn];
  if (machine === undefined)
    throw statesError("StateMachineDoesNotExist", `State Machine Does Not Exist: '${arn}'`);
  return machine;
}
