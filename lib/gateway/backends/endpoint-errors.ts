/**
 * Why an HTTP integration got no response. These are not gateway responses themselves: the pipeline maps
 * them (`EndpointTimeoutError` → 504 `INTEGRATION_TIMEOUT`, `EndpointUnreachableError` →
 * `INTEGRATION_FAILURE`, `InvalidEndpointError` → 500 `API_CONFIGURATION_ERROR`), spec section 1.2.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */

/** The network error LocalStack reports for an endpoint that cannot be reached (spec 1.2, [LS]). */
export const NETWORK_ERROR_MESSAGE = "Network error communicating with endpoint";

/** No backend answers at the URL's host: the in-sandbox equivalent of a DNS or connection failure. */
export class EndpointUnreachableError extends Error {
  override readonly name = "EndpointUnreachableError";
  constructor(readonly host: string) {
    super(`${NETWORK_ERROR_MESSAGE}: no backend at ${host}`);
  }
}

/** The backend took longer than the integration's `timeoutInMillis`. */
export class EndpointTimeoutError extends Error {
  override readonly name = "EndpointTimeoutError";
  constructor(
    readonly timeoutMs: number,
    readonly latencyMs: number,
  ) {
    super(`Endpoint request timed out after ${timeoutMs} ms (the backend needed ${latencyMs} ms)`);
  }
}

/** The endpoint URL, once stage variables and parameters are substituted, is not an http(s) URL. */
export class InvalidEndpointError extends Error {
  override readonly name = "InvalidEndpointError";
  constructor(readonly url: string) {
    super(`Invalid endpoint address: ${JSON.stringify(url)}`);
  }
}
