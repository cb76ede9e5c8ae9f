"use client";
/** The account's API keys (GetApiKeys), newest first, and the form that creates one. */
import type { ApiKeysOutput } from "@/lib/gateway/control/usage-plan-inputs";
import { Empty, ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ApiKeyRow } from "./api-key-row";
import { CreateApiKeyForm } from "./create-api-key-form";

export function ApiKeysPanel() {
  const { transport, revision } = useWorkbench();
  const keys = useAsync(
    () => transport.call<ApiKeysOutput>("apigateway", "getApiKeys", { limit: 500 }),
    `api-keys:${revision}`,
  );
  const items = keys.data?.items ?? [];
  return (
    <Panel title="API keys">
      <div className="space-y-4">
        {keys.loading && !keys.data ? <Loading label="Loading API keys…" /> : null}
        <ErrorNote error={keys.error} />
        {keys.data && items.length === 0 ? <Empty>No API keys yet.</Empty> : null}
        {items.length > 0 ? (
          <ul aria-label="API keys" className="divide-y divide-slate-200 dark:divide-slate-800">
            {items.map((key) => (
              <ApiKeyRow key={key.id} apiKey={key} />
            ))}
          </ul>
        ) : null}
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <CreateApiKeyForm />
        </div>
      </div>
    </Panel>
  );
}
