"use client";
/**
 * The console's Test tab for one method: runs its current configuration (no deployment needed) through
 * TestInvokeMethod, which skips authorization, API keys and throttling, and shows the execution log.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-test-method.html
 */
import { useState, type FormEvent } from "react";
import { CodeEditor } from "../code-editor";
import { ErrorNote, Panel, SmallButton, TextInput } from "../controls";
import { parseHeaderLines } from "../test/curl-command";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";

interface TestInvokeAnswer {
  status: number;
  body: string;
  headers: Record<string, string>;
  log: string;
  latency: number;
}

export function TestMethodPanel({
  restApiId,
  resourceId,
  resourcePath,
  httpMethod,
}: {
  restApiId: string;
  resourceId: string;
  resourcePath: string;
  httpMethod: string;
}) {
  const { transport } = useWorkbench();
  const [path, setPath] = useState(resourcePath);
  const [headerText, setHeaderText] = useState("");
  const [body, setBody] = useState("");
  const [answer, setAnswer] = useState<TestInvokeAnswer>();
  const action = useAction();
  const run = async (event: FormEvent) => {
    event.preventDefault();
    const result = await action.run(() =>
      transport.call<TestInvokeAnswer>("apigateway", "testInvokeMethod", {
        restApiId,
        resourceId,
        httpMethod: httpMethod === "ANY" ? "GET" : httpMethod,
        pathWithQueryString: path,
        headers: parseHeaderLines(headerText),
        ...(body && { body }),
      }),
    );
    if (result) setAnswer(result);
  };
  return (
    <Panel title="Test this method (before deploying)">
      <form onSubmit={run} className="space-y-3" aria-label="Test method">
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Like the console&apos;s Test tab: runs the method as configured now, without a deployment, and skips
          authorization, API keys and throttling. Use the Test section to call a deployed stage the way
          clients do.
        </p>
        <TextInput
          label="Path and query string"
          value={path}
          onChange={(e) => setPath(e.target.value)}
          hint="Fill in path parameters: /pets/42?type=dog"
        />
        <label className="block space-y-1 text-sm">
          <span className="font-medium text-slate-700 dark:text-slate-300">
            Headers (one per line: Name: value)
          </span>
          <textarea
            className="block h-16 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
            value={headerText}
            onChange={(e) => setHeaderText(e.target.value)}
          />
        </label>
        {httpMethod !== "GET" && httpMethod !== "HEAD" ? (
          <CodeEditor
            label="Test request body"
            language="json"
            value={body}
            onChange={setBody}
            minHeight="3rem"
          />
        ) : null}
        <SmallButton type="submit" variant="primary" disabled={action.pending}>
          {action.pending ? "Testing…" : "Test method"}
        </SmallButton>
      </form>
      <ErrorNote error={action.error} />
      {answer ? (
        <div className="mt-3 space-y-2" aria-live="polite">
          <p className="text-sm">
            Status{" "}
            <strong data-testid="test-method-status" className="font-mono">
              {answer.status}
            </strong>{" "}
            · latency {answer.latency} ms
          </p>
          <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-50 p-2 font-mono text-xs dark:bg-slate-950">
            {answer.body || "(empty body)"}
          </pre>
          <details open>
            <summary className="cursor-pointer text-sm font-medium">Execution log</summary>
            <pre className="mt-1 max-h-96 overflow-auto whitespace-pre-wrap break-all rounded-md bg-slate-900 p-2 font-mono text-xs text-slate-100">
              {answer.log}
            </pre>
          </details>
        </div>
      ) : null}
    </Panel>
  );
}
