"use client";
/**
 * The test panel: send one request to a deployed stage and see what the gateway answered and why (the
 * execution trace), with the invoke URL and a curl command for the same request.
 */
import { useEffect, useMemo, useState, type FormEvent } from "react";
import type { Stage } from "@/lib/gateway/control/types";
import { CodeEditor } from "../code-editor";
import { Empty, ErrorNote, Panel, SelectInput, SmallButton, TextInput } from "../controls";
import { CopyButton } from "@/app/_components/workbench/copy-button";
import type { InvokeOutcome } from "../transport";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { parseHeaderLines, toCurlCommand, toInvokeUrl } from "./curl-command";
import { ResponseView } from "./response-view";

const VERBS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

export function TestSection() {
  const { transport, restApiId, revision, changed } = useWorkbench();
  const stages = useAsync(
    () =>
      restApiId
        ? transport.call<{ item: Stage[] }>("apigateway", "getStages", { restApiId })
        : Promise.resolve({ item: [] as Stage[] }),
    `test-stages:${restApiId}:${revision}`,
  );
  const stageList = useMemo(() => stages.data?.item ?? [], [stages.data]);
  const [stageName, setStageName] = useState("");
  const [method, setMethod] = useState("GET");
  const [path, setPath] = useState("/");
  const [query, setQuery] = useState("");
  const [headerText, setHeaderText] = useState("");
  const [body, setBody] = useState("");
  const [outcome, setOutcome] = useState<InvokeOutcome>();
  const action = useAction();
  useEffect(() => {
    if (!stageList.some((s) => s.stageName === stageName)) setStageName(stageList[0]?.stageName ?? "");
  }, [stageList, stageName]);
  if (!restApiId) return <Empty>Create or pick an API in the APIs section first.</Empty>;
  const headers = parseHeaderLines(headerText);
  const url = transport.invokeUrlBase
    ? toInvokeUrl(transport.invokeUrlBase, restApiId, stageName, path, query)
    : null;
  const send = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await action.run(() =>
      transport.invoke({ restApiId, stageName, method, path, query, headers, ...(body && { body }) }),
    );
    if (answer) {
      setOutcome(answer);
      changed();
    }
  };
  return (
    <div className="space-y-4">
      <Panel title="Request">
        {stages.data && !stageList.length ? (
          <Empty>This API has no stage yet: deploy it (APIs → Stages &amp; deploy), then test it here.</Empty>
        ) : (
          <form onSubmit={send} className="space-y-3" aria-label="Test request">
            <div className="grid gap-2 sm:grid-cols-[8rem_7rem_minmax(0,1fr)]">
              <SelectInput
                label="Stage"
                value={stageName}
                onChange={(e) => setStageName(e.target.value)}
                options={stageList.map((s) => s.stageName)}
              />
              <SelectInput
                label="Method"
                value={method}
                onChange={(e) => setMethod(e.target.value)}
                options={VERBS}
              />
              <TextInput
                label="Path"
                value={path}
                onChange={(e) => setPath(e.target.value)}
                placeholder="/pets/42"
              />
            </div>
            <TextInput
              label="Query string"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="page=2&sort=name"
            />
            <label className="block space-y-1 text-sm">
              <span className="font-medium text-slate-700 dark:text-slate-300">
                Headers (one per line: Name: value)
              </span>
              <textarea
                className="block h-20 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 font-mono text-xs dark:border-slate-700 dark:bg-slate-950"
                value={headerText}
                onChange={(e) => setHeaderText(e.target.value)}
                placeholder={"x-api-key: …\nAuthorization: Bearer …"}
              />
            </label>
            {method !== "GET" && method !== "HEAD" ? (
              <CodeEditor
                label="Request body"
                language="json"
                value={body}
                onChange={setBody}
                minHeight="4rem"
              />
            ) : null}
            <div className="flex flex-wrap items-center gap-2">
              <SmallButton type="submit" variant="primary" disabled={action.pending || !stageName}>
                {action.pending ? "Sending…" : "Send request"}
              </SmallButton>
              {url ? (
                <>
                  <CopyButton value={url} label="Copy invoke URL" />
                  <CopyButton value={toCurlCommand({ method, url, headers, body })} label="Copy curl" />
                </>
              ) : (
                <span className="text-xs text-slate-500">
                  This sandbox runs in your browser: sign in to get real invoke URLs.
                </span>
              )}
            </div>
            {url ? (
              <code data-testid="invoke-url" className="block break-all text-xs text-slate-500">
                {url}
              </code>
            ) : null}
          </form>
        )}
        <ErrorNote error={action.error ?? stages.error} />
      </Panel>
      {outcome ? <ResponseView outcome={outcome} /> : null}
    </div>
  );
}
