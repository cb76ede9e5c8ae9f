/**
 * The contract every service the workbench can drive implements (API Gateway, Cognito user pools, IAM;
 * Lambda later): an allowlist of operations, which of them only read, and how to run one on an engine.
 */
import type { z } from "zod";
import type { GatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { AppError, toFieldErrors } from "@/lib/errors";

export type OperationInput = Record<string, unknown>;

export interface SandboxServiceRunner {
  /** The operations the workbench may run, camel-cased AWS action names ("createResource"). */
  readonly operations: readonly string[];
  /** Reads (Get*, List*, Describe*) leave the sandbox as it was: nothing is saved after them. */
  isReadOnly(operation: string): boolean;
  /** Runs an operation of `operations`; AWS exceptions are thrown as the engine throws them. */
  run(engine: GatewaySandbox, operation: string, input: OperationInput): unknown;
}

/** A runner over a table of engine operations called with the input as given (the engine checks it). */
export function toTableRunner(
  operations: readonly string[],
  isReadOnly: (operation: string) => boolean,
  target: (engine: GatewaySandbox) => Record<string, unknown>,
): SandboxServiceRunner {
  return {
    operations,
    isReadOnly,
    run(engine, operation, input) {
      const call = target(engine)[operation] as (input: OperationInput) => unknown;
      return call(input);
    },
  };
}

/** Validates an operation's input; field errors are reported under `input.` (the request body's member). */
export function parseOperationInput<S extends z.ZodType>(schema: S, input: OperationInput): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fields = Object.fromEntries(
    Object.entries(toFieldErrors(parsed.error)).map(([path, messages]) => [
      path ? `input.${path}` : "input",
      messages,
    ]),
  );
  throw new AppError(
    "VALIDATION_FAILED",
    `The operation's input is not valid: check ${Object.keys(fields).join(", ")}.`,
    fields,
  );
}
