/**
 * The Invoke phase of one request on a ready execution environment: hand the event to the prelude (which calls the
 * handler), run the event loop until the response is known, and say what happened.
 * - An async handler's promise, `context.succeed/fail/done`, or `callback` with callbackWaitsForEmptyEventLoop
 *   false answers at once; work already due still runs, later timers wait, frozen, for the next invocation.
 * - `callback(null, result)` with the default callbackWaitsForEmptyEventLoop answers once timers and calls are done.
 * - An empty loop without an answer is `null` for a non-async handler and Runtime.NodeJsExit for an async one.
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html#nodejs-handler-callback
 */
import { type ExecutionPhase, type PhaseFailure, SettleKind } from "./execution-phase";
import type { LambdaContainer } from "./lambda-container";
import { runDueWork, runEventLoop } from "./run-event-loop";

export type InvocationOutcome =
  | {
      readonly kind: "response";
      /** The response JSON, or the error document when `functionError`. */
      readonly payload: string;
      readonly functionError: boolean;
      /** The runtime exited after reporting (an uncaught exception): the environment is not reused. */
      readonly exited: boolean;
      readonly durationMs: number;
    }
  | { readonly kind: "failed"; readonly failure: PhaseFailure; readonly durationMs: number };

function isAnswered(phase: ExecutionPhase): boolean {
  return phase.settlement !== undefined && phase.settlement.kind !== SettleKind.SuccessWhenEmpty;
}

export async function invokeContainer(
  container: LambdaContainer,
  phase: ExecutionPhase,
  eventJson: string,
  deadlineEpochMs: number,
): Promise<InvocationOutcome> {
  const ctx = container.context;
  const args = [
    ctx.newString(eventJson),
    ctx.newString(phase.requestId ?? ""),
    ctx.newNumber(deadlineEpochMs),
  ];
  container.runGlue("invoke", args);
  for (const arg of args) arg.dispose();

  const end = await runEventLoop(container, phase, isAnswered);
  if (end === "done") runDueWork(container, phase);
  if (end === "empty") {
    if (phase.settlement === undefined) {
      container.runGlue("exitWithEmptyLoop");
      container.drainJobs();
    }
    const settlement = phase.settlement;
    if (settlement?.kind === SettleKind.SuccessWhenEmpty) {
      return {
        kind: "response",
        payload: settlement.payload,
        functionError: false,
        exited: false,
        durationMs: phase.elapsedMs(),
      };
    }
  }
  if (phase.failure !== undefined)
    return { kind: "failed", failure: phase.failure, durationMs: phase.elapsedMs() };
  const settlement = phase.settlement;
  if (settlement === undefined) {
    return {
      kind: "response",
      payload: "null",
      functionError: false,
      exited: false,
      durationMs: phase.elapsedMs(),
    };
  }
  return {
    kind: "response",
    payload: settlement.payload,
    functionError: settlement.kind === SettleKind.Error || settlement.kind === SettleKind.Uncaught,
    exited: settlement.kind === SettleKind.Uncaught || phase.exitedAfterAnswer,
    durationMs: settlement.atMs,
  };
}
