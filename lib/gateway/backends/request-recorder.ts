import type { BackendAnswer, ReceivedRequest } from "./http-backend";

/** One request a backend received, kept so that labs can check what an API sent to its backend. */
export interface RecordedRequest {
  receivedAt: number;
  requestId: string;
  method: string;
  url: string;
  path: string;
  query: Record<string, string[]>;
  headers: Array<[string, string]>;
  body: string;
  /** What the backend answered (also when the answer came too late). */
  statusCode: number;
  latencyMs: number;
  /** The integration gave up before the answer came (`EndpointTimeoutError`). */
  timedOut: boolean;
  /** For scripted backends: the index of the rule that answered, null for the default response. */
  ruleIndex?: number | null;
}

export const DEFAULT_MAX_RECORDED_REQUESTS = 50;

export function toRecordedRequest(
  request: ReceivedRequest,
  answer: BackendAnswer,
  timedOut: boolean,
): RecordedRequest {
  const recorded: RecordedRequest = {
    receivedAt: request.receivedAt,
    requestId: request.requestId,
    method: request.method,
    url: request.url,
    path: request.path,
    query: { ...request.query },
    headers: request.headers.map(([name, value]): [string, string] => [name, value]),
    body: request.body,
    statusCode: answer.statusCode,
    latencyMs: answer.latencyMs,
    timedOut,
  };
  if (answer.ruleIndex !== undefined) recorded.ruleIndex = answer.ruleIndex;
  return recorded;
}

/** The last `limit` requests per host, oldest first; older ones are dropped. */
export class RequestRecorder {
  private readonly byHost = new Map<string, RecordedRequest[]>();

  constructor(readonly limit = DEFAULT_MAX_RECORDED_REQUESTS) {
    if (!Number.isInteger(limit) || limit < 0)
      throw new RangeError(`maxRecordedRequests must be a whole number, not ${limit}`);
  }

  record(host: string, request: RecordedRequest): void {
    if (this.limit === 0) return;
    const list = this.byHost.get(host) ?? [];
    list.push(request);
    if (list.length > this.limit) list.splice(0, list.length - this.limit);
    this.byHost.set(host, list);
  }

  /** Copies, so a lab cannot change what was recorded. */
  list(host: string): RecordedRequest[] {
    return (this.byHost.get(host) ?? []).map((request) => structuredClone(request));
  }

  clear(host?: string): void {
    if (host === undefined) this.byHost.clear();
    else this.byHost.delete(host);
  }
}
