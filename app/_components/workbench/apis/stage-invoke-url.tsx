"use client";
/** Where callers reach the stage, with a curl command to try it from a terminal. */
import { useWorkbench } from "../workbench-context";
import { CopyButton } from "@/app/_components/workbench/copy-button";
import { toCurlSnippet, toInvokeUrl } from "./curl-snippet";

export function StageInvokeUrl({ restApiId, stageName }: { restApiId: string; stageName: string }) {
  const { transport } = useWorkbench();
  const url = toInvokeUrl(transport.invokeUrlBase, restApiId, stageName);
  if (!url) {
    return (
      <p className="text-sm text-slate-600 dark:text-slate-300">
        This sandbox runs in your browser, so its stages have no public invoke URL. Call them from the Test
        section. On AWS the URL would be{" "}
        <code className="font-mono text-xs">
          https://{restApiId}.execute-api.us-east-1.amazonaws.com/{stageName}/
        </code>
        .
      </p>
    );
  }
  const curl = toCurlSnippet({ url });
  return (
    <section aria-labelledby={`invoke-${stageName}`} className="space-y-3">
      <h4 id={`invoke-${stageName}`} className="text-sm font-semibold">
        Invoke URL
      </h4>
      <div className="flex flex-wrap items-center gap-2">
        <code className="break-all rounded bg-slate-100 px-2 py-1 font-mono text-xs dark:bg-slate-800">
          {url}
        </code>
        <CopyButton value={url} label="Copy invoke URL" />
      </div>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Append a resource path (<code>{url}pets</code>) to call a method. On AWS this stage would answer at{" "}
        <code className="break-all">
          https://{restApiId}.execute-api.us-east-1.amazonaws.com/{stageName}/
        </code>
        .
      </p>
      <div className="space-y-1">
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-xs text-slate-100 dark:bg-slate-950 dark:ring-1 dark:ring-slate-700">
          {curl}
        </pre>
        <CopyButton value={curl} label="Copy curl command" />
      </div>
    </section>
  );
}
