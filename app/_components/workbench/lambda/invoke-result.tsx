"use client";
/** What Invoke answered: status, FunctionError, duration (from the REPORT line), payload and log tail. */
import type { InvokeOutput } from "./lambda-types";
import { decodeLogResult, prettyPayload, readReport } from "./read-invoke-log";

const preClass =
  "max-h-80 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-100 p-3 font-mono text-xs text-slate-800 dark:bg-slate-950 dark:text-slate-200";

export function InvokeResult({ output, elapsedMs }: { output: InvokeOutput; elapsedMs: number }) {
  const log = decodeLogResult(output.LogResult);
  const report = readReport(log);
  const failed = output.FunctionError !== undefined;
  return (
    <section aria-label="Invocation result" className="space-y-3">
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">Status</dt>
          <dd className="font-mono">{output.StatusCode}</dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">Function error</dt>
          <dd className={`font-mono ${failed ? "font-semibold text-red-700 dark:text-red-300" : ""}`}>
            {output.FunctionError ?? "none"}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">Duration</dt>
          <dd className="font-mono">
            {report.durationMs !== undefined ? `${report.durationMs.toFixed(2)} ms` : "–"}
            {report.billedDurationMs !== undefined ? ` (billed ${report.billedDurationMs} ms)` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500 dark:text-slate-400">Cold start</dt>
          <dd className="font-mono">
            {report.initDurationMs !== undefined ? `yes, init ${report.initDurationMs.toFixed(2)} ms` : "no"}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {failed
          ? "Invoke still answers 200: the failure is in FunctionError and the payload is Lambda's error document. Behind a proxy integration, API Gateway would answer 502."
          : `Round trip ${Math.round(elapsedMs)} ms in the workbench; Duration is the sandbox's virtual time.`}
      </p>
      <div>
        <h4 className="mb-1 text-xs font-semibold uppercase text-slate-500 dark:text-slate-400">Payload</h4>
        <pre className={preClass}>{prettyPayload(output.Payload) || "(empty)"}</pre>
      </div>
      <div>
        <h4 className="mb-1 text-xs font-semibold uppercase text-slate-500 dark:text-slate-400">Log tail</h4>
        <pre className={preClass}>{log || "(no log)"}</pre>
      </div>
    </section>
  );
}
