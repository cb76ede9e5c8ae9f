/**
 * The shapes shared by the in-sandbox HTTP backends that `HTTP` and `HTTP_PROXY` integrations call. The
 * sandbox has no outbound network, so an integration URI names a host inside the sandbox
 * (`echo.sandbox.internal`, `<name>.mock.sandbox.internal`) and one of these answers it.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html
 */

/** The request API Gateway sends to the integration endpoint, after mapping. */
export interface HttpBackendRequest {
  method: string;
  /** Absolute, with the query string: `http://echo.sandbox.internal/anything/42?x=1`. */
  url: string;
  /** Header lines in order, names as sent; a name may repeat. */
  headers: Array<[string, string]>;
  body: string | Uint8Array | null;
}

/** What the integration receives back. */
export interface HttpBackendResponse {
  statusCode: number;
  headers: Array<[string, string]>;
  body: string | Uint8Array;
  /** Simulated time the backend took to answer; nothing actually waits. */
  latencyMs: number;
}

/** A request as a backend sees it: the URL taken apart, the body as text. */
export interface ReceivedRequest {
  method: string;
  url: string;
  /** Lower-cased host name, without the port. */
  host: string;
  /** The path as sent, not decoded: `/anything/a%2Fb`. */
  path: string;
  /** Decoded query parameters, every value in order. */
  query: Record<string, string[]>;
  headers: ReadonlyArray<readonly [string, string]>;
  /** The body decoded as UTF-8, `""` when there is none. */
  body: string;
  /** When the request arrived (epoch ms, from the clock given to the invocation). */
  receivedAt: number;
  /** An identifier the backend gives this request (the `{{requestId}}` placeholder). */
  requestId: string;
}

/** What a backend decides; the standard HTTP headers are added by `toBackendResponse`. */
export interface BackendAnswer {
  statusCode: number;
  headers: Array<[string, string]>;
  body: string | Uint8Array;
  latencyMs: number;
  /** Which scripted rule answered (its index), or null for the default response; absent for other backends. */
  ruleIndex?: number | null;
}

/** One in-sandbox server. Built-in backends answer synchronously; a later network backend may not. */
export interface HttpBackend {
  answer(request: ReceivedRequest): BackendAnswer | Promise<BackendAnswer>;
}
