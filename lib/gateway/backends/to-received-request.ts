import { emptyRecord } from "./empty-record";
import { InvalidEndpointError } from "./endpoint-errors";
import type { HttpBackendRequest, ReceivedRequest } from "./http-backend";

const utf8 = new TextDecoder("utf-8");

/** Takes an absolute http(s) URL apart, as the backend's HTTP server would. */
export function parseEndpointUrl(url: string): {
  host: string;
  path: string;
  query: Record<string, string[]>;
} {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new InvalidEndpointError(url);
  }
  if ((parsed.protocol !== "http:" && parsed.protocol !== "https:") || !parsed.hostname)
    throw new InvalidEndpointError(url);
  const query = emptyRecord<string[]>();
  for (const [name, value] of new URLSearchParams(parsed.search)) (query[name] ??= []).push(value);
  return { host: parsed.hostname.toLowerCase(), path: parsed.pathname || "/", query };
}

/** The request as a backend sees it. */
export function toReceivedRequest(
  request: HttpBackendRequest,
  arrival: { receivedAt: number; requestId: string },
): ReceivedRequest {
  const { host, path, query } = parseEndpointUrl(request.url);
  const body =
    request.body === null ? "" : typeof request.body === "string" ? request.body : utf8.decode(request.body);
  return {
    method: request.method.toUpperCase(),
    url: request.url,
    host,
    path,
    query,
    headers: request.headers.map(([name, value]) => [name, value] as const),
    body,
    ...arrival,
  };
}

/** Every value of a header, whatever its spelling, joined as HTTP allows (`a, b`), or undefined. */
export function readHeader(
  headers: ReadonlyArray<readonly [string, string]>,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  const values = headers.filter(([n]) => n.toLowerCase() === wanted).map(([, v]) => v);
  return values.length > 0 ? values.join(", ") : undefined;
}
