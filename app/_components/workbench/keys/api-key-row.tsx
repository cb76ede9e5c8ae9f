"use client";
/** One API key: its value on request (GetApiKey includeValue), enable/disable (UpdateApiKey), delete. */
import { useState } from "react";
import type { ApiKey } from "@/lib/gateway/control/types";
import { ErrorNote, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ConfirmDelete } from "./confirm-delete";
import { CopyableValue } from "@/app/_components/workbench/copy-button";
import { StatusBadge } from "./status-badge";

export function ApiKeyRow({ apiKey }: { apiKey: ApiKey }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [value, setValue] = useState<string>();
  const name = apiKey.name ?? apiKey.id;

  const showValue = () =>
    action.run(async () => {
      const key = await transport.call<ApiKey>("apigateway", "getApiKey", {
        apiKey: apiKey.id,
        includeValue: true,
      });
      setValue(key.value);
    });
  const toggle = () =>
    action.run(async () => {
      await transport.call("apigateway", "updateApiKey", {
        apiKey: apiKey.id,
        patchOperations: [{ op: "replace", path: "/enabled", value: String(!apiKey.enabled) }],
      });
      changed();
    });
  const remove = () =>
    action.run(async () => {
      await transport.call("apigateway", "deleteApiKey", { apiKey: apiKey.id });
      changed();
    });

  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="min-w-0 space-y-0.5">
          <p className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900 dark:text-slate-100">
            {name}
            <StatusBadge on={apiKey.enabled}>{apiKey.enabled ? "Enabled" : "Disabled"}</StatusBadge>
          </p>
          <p className="font-mono text-xs text-slate-500 dark:text-slate-400">id {apiKey.id}</p>
          {apiKey.description ? (
            <p className="text-xs text-slate-600 dark:text-slate-300">{apiKey.description}</p>
          ) : null}
        </div>
        <div className="flex flex-wrap items-center gap-1.5">
          {value === undefined ? (
            <SmallButton onClick={showValue} disabled={action.pending} aria-label={`Show value of ${name}`}>
              Show value
            </SmallButton>
          ) : (
            <SmallButton onClick={() => setValue(undefined)} aria-label={`Hide value of ${name}`}>
              Hide value
            </SmallButton>
          )}
          <SmallButton
            onClick={toggle}
            disabled={action.pending}
            aria-label={`${apiKey.enabled ? "Disable" : "Enable"} ${name}`}
          >
            {apiKey.enabled ? "Disable" : "Enable"}
          </SmallButton>
          <ConfirmDelete what={`API key ${name}`} onConfirm={remove} disabled={action.pending} />
        </div>
      </div>
      {value !== undefined ? <CopyableValue value={value} what={`value of ${name}`} /> : null}
      <ErrorNote error={action.error} />
    </li>
  );
}
