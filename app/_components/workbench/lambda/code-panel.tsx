"use client";
/** The function's code in an editor; Deploy (or Ctrl/Cmd+S) sends it with UpdateFunctionCode. */
import { useState, type KeyboardEvent } from "react";
import { CodeEditor } from "../code-editor";
import { ErrorNote, SelectInput, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { FunctionConfiguration } from "./lambda-types";
import { rememberSource } from "./source-cache";
import { STARTER_TEMPLATES } from "./starter-templates";

export function CodePanel({
  fn,
  initialSource,
}: {
  fn: FunctionConfiguration;
  initialSource: string | undefined;
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [saved, setSaved] = useState(initialSource ?? "");
  const [draft, setDraft] = useState(initialSource ?? "");
  const [deployedOnce, setDeployedOnce] = useState(false);
  const dirty = draft !== saved;

  const deploy = () => {
    if (action.pending) return;
    const source = draft;
    void action.run(async () => {
      await transport.call("lambda", "updateFunctionCode", { FunctionName: fn.FunctionName, Source: source });
      rememberSource(fn.FunctionArn, source);
      setSaved(source);
      setDeployedOnce(true);
      changed();
    });
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
      event.preventDefault();
      deploy();
    }
  };

  return (
    <div className="space-y-3" onKeyDownCapture={onKeyDown}>
      {initialSource === undefined && !deployedOnce ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/50 dark:text-amber-200">
          The sandbox did not return this function&apos;s code (GetFunction only gives a download link). Write
          or load code here: deploying replaces what the function runs.
        </p>
      ) : null}
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div className="w-full sm:w-64">
          <SelectInput
            label="Replace with a template"
            value=""
            onChange={(e) => {
              const template = STARTER_TEMPLATES.find((t) => t.id === e.target.value);
              if (template) setDraft(template.code);
            }}
            options={[
              { value: "", label: "Choose a template…" },
              ...STARTER_TEMPLATES.map((t) => ({ value: t.id, label: t.label })),
            ]}
          />
        </div>
        <div className="flex items-center gap-3">
          <span
            role="status"
            className={`text-xs ${dirty ? "font-semibold text-amber-700 dark:text-amber-300" : "text-slate-500 dark:text-slate-400"}`}
          >
            {dirty ? "Unsaved changes" : deployedOnce ? "Deployed" : "No changes"}
          </span>
          <SmallButton
            variant="primary"
            onClick={deploy}
            disabled={action.pending || !dirty}
            aria-keyshortcuts="Control+S Meta+S"
          >
            {action.pending ? "Deploying…" : "Deploy"}
          </SmallButton>
        </div>
      </div>
      <CodeEditor
        value={draft}
        onChange={setDraft}
        language="javascript"
        label={`Code of ${fn.FunctionName}`}
        minHeight="24rem"
        maxHeight="40rem"
      />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        One file, run as <code>{fn.Handler.split(".")[0]}</code> whatever its name. Imports: the AWS SDK v3
        clients for DynamoDB, SQS, SNS and Step Functions, <code>@aws-sdk/lib-dynamodb</code>,{" "}
        <code>@aws-sdk/util-dynamodb</code> and <code>crypto</code>. Ctrl/Cmd+S deploys; Escape then Tab
        leaves the editor.
      </p>
      <ErrorNote error={action.error} />
    </div>
  );
}
