"use client";
import { Panel } from "../controls";
import type { InvokeOutcome } from "../transport";
import { TraceView } from "./trace-view";

function statusTone(status: number): string {
  if (status < 300) return "bg-emerald-600";
  if (status < 500) return "bg-amber-600";
  return "bg-red-600";
}

function prettyBody(outcome: InvokeOutcome): string {
  if (outcome.bodyBase64)
    return `(binary body, ${Math.floor((outcome.body.length * 3) / 4)} bytes, base64)\n${outcome.body}`;
  try {
    return JSON.stringify(JSON.parse(outcome.body), null, 2);
  } catch {
    return outcome.body;
  }
}

export function ResponseView({ outcome }: { outcome: InvokeOutcome }) {
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Panel title="Response">
        <div className="mb-3 flex flex-wrap items-center gap-3 text-sm" aria-live="polite">
          <span
            data-testid="response-status"
            className={`rounded px-2 py-0.5 font-mono font-bold text-white ${statusTone(outcome.status)}`}
          >
            {outcome.status}
          </span>
          <span>{outcome.latencyMs} ms</span>
          {outcome.integrationLatencyMs !== null ? (
            <span className="text-slate-500">integration {outcome.integrationLatencyMs} ms</span>
          ) : null}
          {outcome.cacheHit !== null ? (
            <span className="text-slate-500">cache {outcome.cacheHit ? "hit" : "miss"}</span>
          ) : null}
          {outcome.errorType ? (
            <code className="text-red-700 dark:text-red-300">{outcome.errorType}</code>
          ) : null}
        </div>
        <h4 className="text-xs font-semibold uppercase text-slate-500">Headers</h4>
        <dl className="mb-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 font-mono text-xs">
          {outcome.headers.map(([name, value], index) => (
            <div key={`${name}-${index}`} className="contents">
              <dt className="text-slate-500">{name}</dt>
              <dd className="break-all">{value}</dd>
            </div>
          ))}
        </dl>
        <h4 className="text-xs font-semibold uppercase text-slate-500">Body</h4>
        <pre
          data-testid="response-body"
          className="max-h-96 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-50 p-2 font-mono text-xs dark:bg-slate-950"
        >
          {prettyBody(outcome)}
        </pre>
        <p className="mt-2 text-xs text-slate-500">Request id {outcome.requestId}</p>
      </Panel>
      <Panel title="Execution trace">
        <TraceView trace={outcome.trace} />
      </Panel>
    </div>
  );
}
