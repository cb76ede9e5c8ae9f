import { emptyRecord, readOwn } from "./empty-record";
import type { BackendAnswer, HttpBackend, ReceivedRequest } from "./http-backend";

/** The built-in echo server's host. */
export const ECHO_HOST = "echo.sandbox.internal";

const STATUS_PATH = /^\/status\/([1-5]\d\d)\/?$/;
const JSON_TYPE: Array<[string, string]> = [["Content-Type", "application/json"]];

/** `?delay=<ms>`: the latency the echo server reports; anything that is not a non-negative number is ignored. */
function readDelay(query: Record<string, string[]>): number {
  const delay = Number(readOwn(query, "delay")?.[0]);
  return Number.isFinite(delay) && delay >= 0 ? Math.round(delay) : 0;
}

function parseJsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** Header name (lower-cased) to value; repeated headers are joined with `, ` as HTTP allows. */
function toEchoHeaders(headers: ReceivedRequest["headers"]): Record<string, string> {
  const out = emptyRecord<string>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    const earlier = readOwn(out, key);
    out[key] = earlier === undefined ? value : `${earlier}, ${value}`;
  }
  return out;
}

/** The JSON document the echo server answers with: what it received. */
export function describeReceivedRequest(request: ReceivedRequest): string {
  return JSON.stringify({
    method: request.method,
    path: request.path,
    query: request.query,
    headers: toEchoHeaders(request.headers),
    body: request.body,
    json: parseJsonOrNull(request.body),
  });
}

/**
 * Answers 200 with what it received. `/status/<code>` answers that status with
 * `{"message":"","status_code":<code>}`, the echo server behind vector rest-http-002 (REC LS
 * test_http_integration_invoke_status_code_passthrough); `?delay=<ms>` reports that latency.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/setup-http-integrations.html
 */
export function createEchoBackend(): HttpBackend {
  return {
    answer(request: ReceivedRequest): BackendAnswer {
      const latencyMs = readDelay(request.query);
      const status = STATUS_PATH.exec(request.path)?.[1];
      if (status !== undefined) {
        const statusCode = Number(status);
        const body = JSON.stringify({ message: "", status_code: statusCode });
        return { statusCode, headers: [...JSON_TYPE], body, latencyMs };
      }
      return { statusCode: 200, headers: [...JSON_TYPE], body: describeReceivedRequest(request), latencyMs };
    },
  };
}
