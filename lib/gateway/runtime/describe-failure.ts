/**
 * What Lambda answers when the runtime itself stops an invocation, and what its REPORT line then says.
 * - Timeout: `{"errorMessage":"<time> <requestId> Task timed out after 3.00 seconds"}` and `Status: timeout`
 *   (the errorMessage shape is recorded in many public issue reports, 2016-2024).
 * - Out of memory: Runtime.OutOfMemory; another exit (a crashed or wedged runtime): Runtime.ExitError; a response
 *   over the limit: Function.ResponseSizeTooLarge (recorded: "Response payload size exceeded maximum allowed
 *   payload size (6291556 bytes).", REPORT `Status: error\tError Type: Runtime.ExitError`).
 * @see https://docs.aws.amazon.com/lambda/latest/dg/troubleshooting-invocation.html
 */
import type { PhaseFailure } from "./execution-phase";
import { formatTimeoutMessage } from "./format-log-lines";
import { MAX_RESPONSE_PAYLOAD_BYTES } from "./runtime-limits";

export interface FailureReport {
  /** The error document returned as the payload. */
  readonly payload: string;
  readonly status: "timeout" | "error";
  /** The REPORT line's `Error Type` (absent for a timeout). */
  readonly errorType?: string;
}

export function describeFailure(
  failure: PhaseFailure,
  requestId: string,
  timeoutEpochMs: number,
  timeoutMs: number,
): FailureReport {
  switch (failure) {
    case "timeout": {
      const message = `${new Date(timeoutEpochMs).toISOString()} ${requestId} ${formatTimeoutMessage(timeoutMs)}`;
      return { payload: JSON.stringify({ errorMessage: message }), status: "timeout" };
    }
    case "out-of-memory":
      return runtimeExit(
        "Runtime.OutOfMemory",
        `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
      );
    case "unsettled":
      return runtimeExit(
        "Runtime.ExitError",
        `RequestId: ${requestId} Error: Runtime exited with error: exit status 13`,
      );
    case "crash":
      return runtimeExit(
        "Runtime.ExitError",
        `RequestId: ${requestId} Error: Runtime exited with error: signal: aborted`,
      );
  }
}

export function describeResponseTooLarge(): FailureReport {
  return {
    payload: JSON.stringify({
      errorType: "Function.ResponseSizeTooLarge",
      errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_PAYLOAD_BYTES} bytes).`,
    }),
    status: "error",
    errorType: "Runtime.ExitError",
  };
}

function runtimeExit(errorType: string, errorMessage: string): FailureReport {
  return { payload: JSON.stringify({ errorType, errorMessage }), status: "error", errorType };
}
