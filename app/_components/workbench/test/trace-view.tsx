"use client";
/** The execution trace, stage by stage, with the stage that decided a failed request highlighted. */
import type { TraceEntry } from "@/lib/gateway/pipeline/trace";

const STAGE_LABELS: Record<string, string> = {
  parseRequest: "Parse request",
  routeRequest: "Route to resource and method",
  checkResourcePolicy: "Resource policy",
  authorizeRequest: "Authorization",
  validateApiKey: "API key",
  throttleRequest: "Throttling",
  validateMethodRequest: "Request validation",
  lookupCache: "Cache lookup",
  mapIntegrationRequest: "Integration request mapping",
  invokeIntegration: "Integration",
  mapIntegrationResponse: "Integration response mapping",
  mapMethodResponse: "Method response",
  storeCache: "Cache store",
  renderGatewayResponse: "Gateway response",
};

export function TraceView({ trace }: { trace: readonly TraceEntry[] }) {
  if (!trace.length) return <p className="text-sm text-slate-500">No trace.</p>;
  return (
    <ol aria-label="Execution trace" className="space-y-2">
      {trace.map((entry, index) => (
        <li
          key={`${entry.stage}-${index}`}
          data-decisive={entry.decisive ? "true" : undefined}
          className={`rounded-md border p-2 text-xs ${
            entry.decisive
              ? "border-red-400 bg-red-50 dark:border-red-700 dark:bg-red-950/40"
              : "border-slate-200 dark:border-slate-800"
          }`}
        >
          <div className="mb-1 flex items-center justify-between gap-2">
            <span className="font-semibold">
              {index + 1}. {STAGE_LABELS[entry.stage] ?? entry.stage}
              {entry.decisive ? (
                <span className="ml-2 rounded bg-red-600 px-1.5 py-0.5 text-[10px] font-bold uppercase text-white">
                  deciding stage
                </span>
              ) : null}
            </span>
            <span className="font-mono text-slate-500">+{entry.atMs} ms</span>
          </div>
          <pre className="whitespace-pre-wrap break-all font-mono text-slate-700 dark:text-slate-300">
            {entry.lines.join("\n")}
          </pre>
        </li>
      ))}
    </ol>
  );
}
