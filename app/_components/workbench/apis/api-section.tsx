"use client";
/** The APIs section: pick or create a REST API, then work on its resources, stages and settings. */
import { useEffect, useMemo, useState } from "react";
import type { RestApi } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Loading, Panel } from "../controls";
import { TabPanel, Tabs } from "../tabs";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ApiSettingsPanel } from "./api-settings-panel";
import { AuthorizersPanel } from "./authorizers-panel";
import { CreateApiForm } from "./create-api-form";
import { GatewayResponsesPanel } from "./gateway-responses-panel";
import { ModelsPanel } from "./models-panel";
import { ResourcesPanel } from "./resources-panel";
import { StagesPanel } from "./stages-panel";

const API_TABS = [
  { key: "resources", label: "Resources" },
  { key: "stages", label: "Stages & deploy" },
  { key: "authorizers", label: "Authorizers" },
  { key: "models", label: "Models & validators" },
  { key: "responses", label: "Gateway responses" },
  { key: "settings", label: "Settings" },
] as const;
type ApiTab = (typeof API_TABS)[number]["key"];

function ApiTabBody({ tab, restApiId }: { tab: ApiTab; restApiId: string }) {
  switch (tab) {
    case "resources":
      return <ResourcesPanel restApiId={restApiId} />;
    case "stages":
      return <StagesPanel restApiId={restApiId} />;
    case "authorizers":
      return <AuthorizersPanel restApiId={restApiId} />;
    case "models":
      return <ModelsPanel restApiId={restApiId} />;
    case "responses":
      return <GatewayResponsesPanel restApiId={restApiId} />;
    case "settings":
      return <ApiSettingsPanel restApiId={restApiId} />;
  }
}

export function ApiSection() {
  const { transport, restApiId, selectApi, revision } = useWorkbench();
  const [tab, setTab] = useState<ApiTab>("resources");
  const apis = useAsync(
    () => transport.call<{ items: RestApi[] }>("apigateway", "getRestApis", { limit: 500 }),
    `apis:${revision}`,
  );
  const items = useMemo(() => apis.data?.items ?? [], [apis.data]);
  // Keep a valid selection: the first API when none is picked, none when the picked one was deleted.
  useEffect(() => {
    if (!apis.data) return;
    if (restApiId && items.some((api) => api.id === restApiId)) return;
    selectApi(items[0]?.id);
  }, [apis.data, items, restApiId, selectApi]);
  const selected = items.find((api) => api.id === restApiId);
  return (
    <div className="space-y-4">
      <Panel title="REST APIs">
        <div className="grid gap-4 md:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <div className="space-y-2">
            {apis.loading && !apis.data ? <Loading /> : null}
            <ErrorNote error={apis.error} />
            {apis.data && items.length === 0 ? (
              <Empty>No APIs yet. Create your first REST API to start building.</Empty>
            ) : null}
            {items.length > 0 ? (
              <label className="block space-y-1 text-sm">
                <span className="font-medium text-slate-700 dark:text-slate-300">Working on</span>
                <select
                  className="block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-950"
                  value={restApiId ?? ""}
                  onChange={(event) => selectApi(event.target.value || undefined)}
                >
                  {items.map((api) => (
                    <option key={api.id} value={api.id}>
                      {api.name} ({api.id})
                    </option>
                  ))}
                </select>
              </label>
            ) : null}
            {selected ? (
              <p className="text-xs text-slate-500 dark:text-slate-400">
                {selected.endpointConfiguration?.types?.join(", ") ?? "EDGE"} endpoint · created{" "}
                {new Date(selected.createdDate * 1000).toLocaleString()}
                {selected.description ? ` · ${selected.description}` : ""}
              </p>
            ) : null}
          </div>
          <CreateApiForm onCreated={(api) => selectApi(api.id)} />
        </div>
      </Panel>
      {restApiId ? (
        <div className="space-y-3">
          <Tabs id="api" label="API settings" items={API_TABS} selected={tab} onSelect={setTab} />
          <TabPanel id="api" selected={tab}>
            <ApiTabBody tab={tab} restApiId={restApiId} />
          </TabPanel>
        </div>
      ) : null}
    </div>
  );
}
