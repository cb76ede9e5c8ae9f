"use client";
/** Access, execution and Lambda logs of the chosen stage, newest first. */
import { useState } from "react";
import type { Stage } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Loading, SelectInput } from "../controls";
import { TabPanel, Tabs } from "../tabs";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { LogEmptyState } from "./log-empty-state";
import { readLogAnswer, type LogKind } from "./log-lines";
import { LogList } from "./log-list";

const KINDS = [
  { key: "access", label: "Access logs" },
  { key: "execution", label: "Execution logs" },
  { key: "lambda", label: "Lambda logs" },
] as const satisfies ReadonlyArray<{ key: LogKind; label: string }>;

export function LogViewer({
  restApiId,
  stage,
  refreshKey,
}: {
  restApiId: string;
  stage: Stage | undefined;
  refreshKey: string;
}) {
  const { transport } = useWorkbench();
  const [kind, setKind] = useState<LogKind>("access");
  const [chosenFunction, setChosenFunction] = useState("");
  const functions = useAsync(
    () =>
      kind === "lambda"
        ? transport
            .call<{ Functions?: Array<{ FunctionName: string }> }>("lambda", "listFunctions", {
              MaxItems: 50,
            })
            .then((out) => (out.Functions ?? []).map((f) => f.FunctionName))
        : Promise.resolve<string[] | undefined>(undefined),
    `${kind}:${refreshKey}`,
  );
  const names = functions.data ?? [];
  const functionName = names.includes(chosenFunction) ? chosenFunction : names[0];
  const needsStage = kind !== "lambda" && !stage;
  const query: Record<string, string> | undefined =
    kind === "lambda"
      ? functionName
        ? { kind, functionName, limit: "200" }
        : undefined
      : stage
        ? { kind, restApiId, stage: stage.stageName, limit: "200" }
        : undefined;
  const queryKey = JSON.stringify(query ?? null);
  const logs = useAsync(
    async () => ({ queryKey, ...(query ? readLogAnswer(await transport.logs(query)) : { lines: [] }) }),
    `${queryKey}:${refreshKey}`,
  );
  // useAsync keeps the last answer while the next loads: lines of another stream are not shown meanwhile.
  const current = logs.data?.queryKey === queryKey ? logs.data : undefined;
  const lines = current?.lines;
  const label = KINDS.find((k) => k.key === kind)?.label ?? "Logs";

  return (
    <div className="space-y-3">
      <Tabs id="monitor-logs" label="Log streams" items={KINDS} selected={kind} onSelect={setKind} />
      <TabPanel id="monitor-logs" selected={kind}>
        <div className="space-y-3 pt-1">
          {kind === "lambda" && names.length > 0 ? (
            <div className="max-w-xs">
              <SelectInput
                label="Function"
                options={names}
                value={functionName}
                onChange={(e) => setChosenFunction(e.target.value)}
              />
            </div>
          ) : null}
          <ErrorNote error={functions.error ?? logs.error} />
          {current?.group ? (
            <p className="text-xs text-slate-500 dark:text-slate-400">
              Log group <span className="font-mono">{current.group}</span>
            </p>
          ) : null}
          {needsStage ? (
            <Empty>Pick a stage above: access and execution logs are written per stage.</Empty>
          ) : kind === "lambda" && !functions.data ? (
            functions.error ? null : (
              <Loading label="Loading functions…" />
            )
          ) : !lines ? (
            logs.error ? null : (
              <Loading label="Loading logs…" />
            )
          ) : lines.length === 0 ? (
            <LogEmptyState kind={kind} stage={stage} functionName={functionName} />
          ) : (
            <LogList key={kind} lines={lines} label={`${label}, newest first`} />
          )}
        </div>
      </TabPanel>
    </div>
  );
}
