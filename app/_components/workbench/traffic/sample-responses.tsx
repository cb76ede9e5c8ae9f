"use client";
/** The first responses of the run in full, to see what a 429 or a 403 actually looked like. */
import type { TrafficSample } from "@/lib/gateway/traffic";
import { formatDuration } from "@/app/_components/charts/format-time";

function statusTone(status: number): string {
  if (status >= 500) return "text-red-700 dark:text-red-400";
  if (status >= 400) return "text-amber-700 dark:text-amber-400";
  return "text-emerald-700 dark:text-emerald-400";
}

export function SampleResponses({ samples }: { samples: readonly TrafficSample[] }) {
  if (samples.length === 0) return null;
  return (
    <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-200">
        Sample responses ({samples.length})
      </summary>
      <ol className="mt-2 space-y-2">
        {samples.map((sample) => (
          <li key={sample.index} className="rounded-md bg-slate-50 p-2 dark:bg-slate-950">
            <p className="flex flex-wrap gap-x-3 text-xs">
              <span className="text-slate-500 dark:text-slate-400">#{sample.index + 1}</span>
              <span className={`font-mono font-semibold ${statusTone(sample.statusCode)}`}>
                {sample.statusCode}
              </span>
              {sample.errorType ? <span className="font-mono">{sample.errorType}</span> : null}
              <span>at {formatDuration(sample.atMs)}</span>
              <span>{formatDuration(sample.latencyMs)}</span>
              {sample.cacheHit !== undefined ? (
                <span>{sample.cacheHit ? "cache hit" : "cache miss"}</span>
              ) : null}
            </p>
            <pre className="mt-1 max-h-32 overflow-auto whitespace-pre-wrap break-all font-mono text-xs text-slate-800 dark:text-slate-200">
              {sample.headers.map(([name, value]) => `${name}: ${value}`).join("\n")}
              {"\n\n"}
              {sample.bodyEncoding === "base64" ? `(binary, base64) ${sample.body}` : sample.body}
              {sample.bodyTruncated ? "\n… (cut)" : ""}
            </pre>
          </li>
        ))}
      </ol>
    </details>
  );
}
