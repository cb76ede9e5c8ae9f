"use client";
/**
 * Lambda functions for the sandbox's integrations and authorizers: create one from a starter template, edit and
 * deploy its code, configure it, test it with API Gateway's events, and copy what an API needs to invoke it.
 */
import { useState } from "react";
import { Panel, SmallButton } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { CreateFunctionForm } from "./create-function-form";
import { FunctionDetail } from "./function-detail";
import { FunctionList } from "./function-list";
import type { ListFunctionsOutput } from "./lambda-types";

export function LambdaSection() {
  const { transport, revision } = useWorkbench();
  const [selected, setSelected] = useState<string>();
  const [creating, setCreating] = useState(false);
  const functions = useAsync(
    () => transport.call<ListFunctionsOutput>("lambda", "listFunctions", {}),
    `functions:${revision}`,
  );
  const exists = functions.data?.Functions.some((fn) => fn.FunctionName === selected) ?? true;
  const current = exists ? selected : undefined;
  const showCreate = creating || (functions.data !== undefined && functions.data.Functions.length === 0);

  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">Lambda functions</h2>
      <div className="grid gap-4 lg:grid-cols-[16rem_minmax(0,1fr)]">
        <Panel
          title="Functions"
          actions={
            <SmallButton variant="primary" aria-pressed={showCreate} onClick={() => setCreating(!creating)}>
              New function
            </SmallButton>
          }
        >
          <FunctionList
            functions={functions}
            selected={showCreate ? undefined : current}
            onSelect={(name) => {
              setSelected(name);
              setCreating(false);
            }}
          />
        </Panel>
        <div className="min-w-0">
          {showCreate ? (
            <CreateFunctionForm
              onCreated={(name) => {
                setSelected(name);
                setCreating(false);
              }}
            />
          ) : current ? (
            <FunctionDetail key={current} functionName={current} onDeleted={() => setSelected(undefined)} />
          ) : (
            <Panel title="Function">
              <p className="text-sm text-slate-500 dark:text-slate-400">
                Pick a function, or create one with <strong>New function</strong>.
              </p>
            </Panel>
          )}
        </div>
      </div>
    </div>
  );
}
