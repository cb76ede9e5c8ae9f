/** The transport of a stored sandbox: the app's JSON routes under /api/sandboxes/{id}. */
import {
  WorkbenchError,
  type InvokeOutcome,
  type LogEvents,
  type SandboxService,
  type WorkbenchTransport,
} from "./transport";

interface ErrorBody {
  error?: { message?: string; awsType?: string; fields?: Record<string, string[]> };
}

async function readAnswer<T>(response: Response): Promise<T> {
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (body as ErrorBody | null)?.error;
    throw new WorkbenchError(
      error?.message ?? `The server answered ${response.status}.`,
      response.status,
      error?.awsType,
      error?.fields,
    );
  }
  return body as T;
}

export function createStoredTransport(sandboxId: string, origin: string): WorkbenchTransport {
  const base = `/api/sandboxes/${encodeURIComponent(sandboxId)}`;
  const post = async <T>(path: string, body: object): Promise<T> =>
    readAnswer<T>(
      await fetch(`${base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    );
  const get = async <T>(path: string, query: Record<string, string>): Promise<T> =>
    readAnswer<T>(await fetch(`${base}${path}?${new URLSearchParams(query).toString()}`));
  return {
    kind: "stored",
    invokeUrlBase: `${origin}/execute-api`,
    async call<T>(service: SandboxService, operation: string, input: object = {}) {
      const answer = await post<{ output: T }>("/operations", { service, operation, input });
      return answer.output;
    },
    invoke: (request) => post<InvokeOutcome>("/invoke", request),
    traffic: (plan) => post<unknown>("/traffic", plan),
    metrics: (query) => get<unknown>("/metrics", query),
    logs: (query) => get<LogEvents>("/logs", query),
  };
}
