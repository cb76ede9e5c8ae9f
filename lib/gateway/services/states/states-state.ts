import { z } from "zod";

const stateMachineSchema = z.object({
  stateMachineArn: z.string(),
  name: z.string(),
  definition: z.string(),
  roleArn: z.string(),
  type: z.enum(["STANDARD", "EXPRESS"]),
  /** Epoch seconds, as the JSON protocol sends timestamps. */
  creationDate: z.number(),
});

const executionSchema = z.object({
  executionArn: z.string(),
  stateMachineArn: z.string(),
  name: z.string(),
  status: z.enum(["RUNNING", "SUCCEEDED", "FAILED", "TIMED_OUT", "ABORTED"]),
  startDate: z.number(),
  input: z.string(),
});

/** Every state machine and execution of a sandbox; JSON-serializable. */
export const statesStateSchema = z.object({
  stateMachines: z.record(z.string(), stateMachineSchema),
  executions: z.record(z.string(), executionSchema),
});

export type StatesState = z.infer<typeof statesStateSchema>;
export type StateMachineState = z.infer<typeof stateMachineSchema>;
export type ExecutionState = z.infer<typeof executionSchema>;
