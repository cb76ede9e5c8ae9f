"use client";
import { toAwsConfigFiles, toEnvironmentSnippet, type SnippetInput } from "./aws-config-snippets";
import { CopyButton } from "@/app/_components/workbench/copy-button";

/** The example configurations, folded away until asked for, each with its copy button. */
export function ConfigSnippets({ input, sandboxName }: { input: SnippetInput; sandboxName: string }) {
  const snippets = [
    { title: "Shared config files", text: toAwsConfigFiles(input) },
    { title: "Environment variables", text: toEnvironmentSnippet(input) },
  ];
  return (
    <details className="text-sm">
      <summary className="cursor-pointer font-medium">Example AWS CLI and SDK configuration</summary>
      <div className="mt-2 space-y-3">
        {snippets.map((snippet) => (
          <div key={snippet.title} className="space-y-1">
            <div className="flex items-center justify-between gap-2">
              <span className="text-xs font-semibold text-slate-600 dark:text-slate-300">
                {snippet.title}
              </span>
              <CopyButton value={snippet.text} what={`${snippet.title} for ${sandboxName}`} />
            </div>
            <pre className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-xs dark:bg-slate-800">
              {snippet.text}
            </pre>
          </div>
        ))}
      </div>
    </details>
  );
}
