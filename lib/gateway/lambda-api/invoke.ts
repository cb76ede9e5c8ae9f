import { toEventJson } from "../runtime/to-event-json";
import { exceedsUtf8Bytes, utf8ByteLength } from "../runtime/utf8-byte-length";
import { encodeBase64 } from "./base64";
import { getFunctionRecordOrThrow } from "./function-store";
import { getLambdaRuntimeOrThrow, type LambdaApiContext } from "./lambda-api-context";
import { RequestEntityTooLargeException, ValidationException } from "./lambda-api-errors";
import { InvokeInput, parseInput } from "./lambda-api-inputs";
import { parseFunctionName } from "./parse-function-name";

/** Invoke's answer: `StatusCode` is the HTTP status, the others its `X-Amz-*` headers and body. */
export interface InvokeOutput {
  readonly StatusCode: 200 | 202 | 204;
  readonly FunctionError?: "Unhandled";
  /** Base64 of the last 4 KB of the invocation's log, with `LogType: Tail`. */
  readonly LogResult?: string;
  readonly ExecutedVersion?: "$LATEST";
  /** The function's response (or error document) as text; empty for `Event` and `DryRun`. */
  readonly Payload: string;
}

/** Asynchronous invocations take at most 1 MB (256 KB before October 2025). */
const MAX_EVENT_PAYLOAD_BYTES = 1_048_576;
const LOG_TAIL_BYTES = 4096;
const INVOCATION_TYPES = ["Event", "RequestResponse", "DryRun"];

/**
 * Invoke: `RequestResponse` runs the function and answers 200 with its result, even when it failed (then
 * `FunctionError: Unhandled` and the error document); `Event` queues it and answers 202 at once; `DryRun` only
 * checks the request and answers 204. `Payload` is the raw request body (text or bytes), not base64.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 */
export async function invoke(ctx: LambdaApiContext, rawInput: unknown): Promise<InvokeOutput> {
  const input = parseInput(InvokeInput, rawInput, "Invoke");
  const type = input.InvocationType ?? "RequestResponse";
  if (!INVOCATION_TYPES.includes(type)) throw enumViolation("invocationType", type, INVOCATION_TYPES);
  if (input.LogType !== undefined && input.LogType !== "None" && input.LogType !== "Tail")
    throw enumViolation("logType", input.LogType, ["None", "Tail"]);
  const record = getFunctionRecordOrThrow(ctx, parseFunctionName(input.FunctionName, input.Qualifier));
  const runtime = getLambdaRuntimeOrThrow(ctx);
  const payload = toPayloadText(input.Payload);
  if (type === "DryRun") return { StatusCode: 204, Payload: "" };
  if (type === "Event") {
    if (exceedsUtf8Bytes(payload, MAX_EVENT_PAYLOAD_BYTES))
      throw new RequestEntityTooLargeException(
        `${utf8ByteLength(payload)} byte payload is too large for the Event invocation type ` +
          `(limit ${MAX_EVENT_PAYLOAD_BYTES} bytes)`,
      );
    toEventJson(payload);
    // Lambda queues the event and answers at once; the run's outcome shows only in the function's logs.
    runtime.invoke(record.functionName, payload).catch(() => undefined);
    return { StatusCode: 202, Payload: "" };
  }
  const result = await runtime.invoke(record.functionName, payload);
  return {
    StatusCode: 200,
    ...(result.functionError && { FunctionError: result.functionError }),
    ...(input.LogType === "Tail" && { LogResult: toLogTail(result.logResult) }),
    ExecutedVersion: result.executedVersion,
    Payload: result.payload,
  };
}

function toPayloadText(payload: string | Uint8Array | undefined): string {
  if (payload === undefined) return "";
  return typeof payload === "string" ? payload : new TextDecoder().decode(payload);
}

/** The last 4 KB of the log text, each line ending in a newline as CloudWatch stores it, base64-encoded. */
export function toLogTail(lines: readonly string[]): string {
  const bytes = new TextEncoder().encode(lines.map((line) => `${line}\n`).join(""));
  return encodeBase64(bytes.subarray(Math.max(0, bytes.length - LOG_TAIL_BYTES)));
}

function enumViolation(member: string, value: string, allowed: readonly string[]): ValidationException {
  return new ValidationException([
    `Value '${value}' at '${member}' failed to satisfy constraint: ` +
      `Member must satisfy enum value set: [${allowed.join(", ")}]`,
  ]);
}
