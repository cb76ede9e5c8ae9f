/**
 * The Invoke request's payload as the event JSON the handler receives, with Lambda's refusals: over 6 MB
 * (RequestEntityTooLargeException, 413) or not JSON (InvalidRequestContentException, 400).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html#API_Invoke_Errors
 */
import { InvalidRequestContentError, RequestEntityTooLargeError } from "./lambda-errors";
import { MAX_REQUEST_PAYLOAD_BYTES } from "./runtime-limits";
import { exceedsUtf8Bytes, utf8ByteLength } from "./utf8-byte-length";

/** The event as JSON: empty means `{}`; over 6 MB is refused; anything not JSON is refused. */
export function toEventJson(payload: string): string {
  if (exceedsUtf8Bytes(payload, MAX_REQUEST_PAYLOAD_BYTES)) {
    throw new RequestEntityTooLargeError(utf8ByteLength(payload));
  }
  if (payload.trim() === "") return "{}";
  try {
    JSON.parse(payload);
  } catch (error) {
    throw new InvalidRequestContentError(
      `Could not parse request body into json: ${(error as Error).message}`,
    );
  }
  return payload;
}
