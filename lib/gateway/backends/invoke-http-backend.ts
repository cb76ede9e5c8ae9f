import type { Clock } from "../ports";
import { EndpointTimeoutError } from "./endpoint-errors";
import type { HttpBackendRequest, HttpBackendResponse } from "./http-backend";
import type { HttpBackendRegistry } from "./http-backend-registry";
import { toRecordedRequest } from "./request-recorder";
import { toBackendResponse } from "./to-backend-response";
import { toReceivedRequest } from "./to-received-request";

export interface InvokeHttpBackendOptions {
  /** The invocation's clock: stamps arrival and the response's `Date`. It is read, never advanced. */
  clock: Clock;
  /** The integration's `timeoutInMillis` (REST: 50-29,000 by default, spec 7.1). */
  timeoutMs: number;
}

/**
 * Sends an HTTP or HTTP_PROXY integration request to the in-sandbox backend its URL names. Time is
 * virtual: a backend reports how long it took and nothing waits; an answer slower than `timeoutMs`
 * becomes `EndpointTimeoutError` (504 `INTEGRATION_TIMEOUT`). The backend still received the request, so
 * it is recorded either way. An unknown host throws `EndpointUnreachableError`, a URL that is not
 * http(s) `InvalidEndpointError`.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/limits.html
 */
export async function invokeHttpBackend(
  registry: HttpBackendRegistry,
  request: HttpBackendRequest,
  { clock, timeoutMs }: InvokeHttpBackendOptions,
): Promise<HttpBackendResponse> {
  const { host, backend } = registry.resolveOrThrow(request.url);
  const received = toReceivedRequest(request, {
    receivedAt: clock.now(),
    requestId: registry.nextRequestId(),
  });
  const answer = await backend.answer(received);
  const timedOut = answer.latencyMs > timeoutMs;
  registry.recordRequest(host, toRecordedRequest(received, answer, timedOut));
  if (timedOut) throw new EndpointTimeoutError(timeoutMs, answer.latencyMs);
  return toBackendResponse(answer, {
    method: received.method,
    sentAt: received.receivedAt + answer.latencyMs,
  });
}
