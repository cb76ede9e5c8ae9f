"use client";
/** One function: its integration ARN, then Code, Configuration and Test tabs, and delete. */
import { useState } from "react";
import { ConfirmDelete } from "../keys/confirm-delete";
import { ErrorNote, Loading, Panel } from "../controls";
import { TabPanel, Tabs } from "../tabs";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { CodePanel } from "./code-panel";
import { ConfigPanel } from "./config-panel";
import { IntegrationTarget } from "./integration-target";
import type { GetFunctionOutput } from "./lambda-types";
import { forgetSource, readSource } from "./source-cache";
import { TestPanel } from "./test-panel";

const TABS = [
  { key: "code", label: "Code" },
  { key: "config", label: "Configuration" },
  { key: "test", label: "Test" },
] as const;
type TabKey = (typeof TABS)[number]["key"];

export function FunctionDetail({ functionName, onDeleted }: { functionName: string; onDeleted: () => void }) {
  const { transport, revision, changed } = useWorkbench();
  const [tab, setTab] = useState<TabKey>("code");
  const remove = useAction();
  const fn = useAsync(
    () => transport.call<GetFunctionOutput>("lambda", "getFunction", { FunctionName: functionName }),
    `function:${functionName}:${revision}`,
  );

  if (fn.loading && !fn.data) return <Loading label="Loading the function…" />;
  if (fn.error && !fn.data) return <ErrorNote error={fn.error} />;
  if (!fn.data) return null;
  const config = fn.data.Configuration;
  const deleteFunction = () =>
    remove.run(async () => {
      await transport.call("lambda", "deleteFunction", { FunctionName: config.FunctionName });
      forgetSource(config.FunctionArn);
      onDeleted();
      changed();
    });

  return (
    <Panel
      nameTitle
      title={`Function ${config.FunctionName}`}
      actions={
        <ConfirmDelete
          what={`function ${config.FunctionName}`}
          onConfirm={deleteFunction}
          disabled={remove.pending}
        />
      }
    >
      <div className="space-y-4">
        <p className="text-xs text-slate-600 dark:text-slate-300">
          {config.Runtime} · handler <code>{config.Handler}</code> · {config.MemorySize} MB · timeout{" "}
          {config.Timeout} s{config.LastModified ? ` · modified ${config.LastModified}` : ""}
        </p>
        <ErrorNote error={remove.error} />
        <IntegrationTarget functionArn={config.FunctionArn} />
        <div>
          <Tabs
            id="lambda-function"
            label={`Function ${config.FunctionName}`}
            items={TABS}
            selected={tab}
            onSelect={setTab}
          />
          <TabPanel id="lambda-function" selected={tab}>
            {/* All three stay mounted, so an unsaved draft or a test result survives switching tabs. */}
            <div className="pt-4">
              <div hidden={tab !== "code"}>
                <CodePanel key={config.FunctionName} fn={config} initialSource={readSource(fn.data)} />
              </div>
              <div hidden={tab !== "config"}>
                <ConfigPanel key={JSON.stringify(config)} fn={config} />
              </div>
              <div hidden={tab !== "test"}>
                <TestPanel key={config.FunctionName} fn={config} />
              </div>
            </div>
          </TabPanel>
        </div>
      </div>
    </Panel>
  );
}
