"use client";
/** Per-method settings of a stage: throttling and caching that override the stage defaults for one method. */
import { useState } from "react";
import type { Resource, Stage } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Loading, SmallButton } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { MethodOverrideForm } from "./method-override-form";
import { removeOp } from "./patch-path";
import {
  SETTING_VERBS,
  STAGE_DEFAULT_KEY,
  toMethodRoute,
  toMethodSettingPath,
  type MethodRoute,
} from "./stage-patch";
import { useStageUpdate } from "./use-stage-update";

function toRoutes(resources: readonly Resource[]): MethodRoute[] {
  return [...resources]
    .sort((a, b) => a.path.localeCompare(b.path))
    .flatMap((resource) =>
      Object.keys(resource.resourceMethods ?? {})
        .filter((verb) => (SETTING_VERBS as readonly string[]).includes(verb))
        .map((httpMethod) => ({ resourcePath: resource.path, httpMethod })),
    );
}

export function StageMethodOverrides({ restApiId, stage }: { restApiId: string; stage: Stage }) {
  const { transport, revision } = useWorkbench();
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const [editing, setEditing] = useState<string>();
  const resources = useAsync(
    () => transport.call<{ items: Resource[] }>("apigateway", "getResources", { restApiId, limit: 500 }),
    `resources:${restApiId}:${revision}`,
  );
  const routes = toRoutes(resources.data?.items ?? []);
  const overrides = Object.entries(stage.methodSettings).filter(([key]) => key !== STAGE_DEFAULT_KEY);
  const remove = (route: MethodRoute) => {
    const label = `${route.httpMethod} ${route.resourcePath}`;
    if (window.confirm(`Remove the override of ${label}? It will inherit the stage defaults again.`))
      void update([removeOp(toMethodSettingPath(route))]);
  };
  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        A method override replaces the stage defaults for one method (ANY methods cannot have one). It starts
        as a copy of the defaults, and later changes to the defaults no longer reach it.
      </p>
      <ErrorNote error={error ?? resources.error} />
      {overrides.length === 0 ? <Empty>No method overrides.</Empty> : null}
      <ul className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
        {overrides.map(([key, setting]) => {
          const route = toMethodRoute(key);
          if (!route) return null;
          const label = `${route.httpMethod} ${route.resourcePath}`;
          return (
            <li key={key} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <span>
                <code className="font-mono">{label}</code>
                <span className="ml-2 text-xs text-slate-500 dark:text-slate-400">
                  rate {setting.throttlingRateLimit ?? "—"} · burst {setting.throttlingBurstLimit ?? "—"} ·
                  caching {setting.cachingEnabled ? `on, TTL ${setting.cacheTtlInSeconds}s` : "off"}
                </span>
              </span>
              <span className="flex gap-1">
                <SmallButton onClick={() => setEditing(key)} aria-label={`Edit override of ${label}`}>
                  Edit
                </SmallButton>
                <SmallButton
                  variant="danger"
                  disabled={pending}
                  onClick={() => remove(route)}
                  aria-label={`Remove override of ${label}`}
                >
                  Remove
                </SmallButton>
              </span>
            </li>
          );
        })}
      </ul>
      {resources.loading && !resources.data ? <Loading label="Loading methods…" /> : null}
      {resources.data && routes.length === 0 ? (
        <Empty>This API has no methods that can be overridden yet.</Empty>
      ) : null}
      {routes.length > 0 ? (
        <MethodOverrideForm
          key={`${editing ?? ""}:${JSON.stringify(stage.methodSettings)}`}
          routes={routes}
          initialKey={editing}
          stage={stage}
          pending={pending}
          onSave={async (ops, key) => {
            const saved = await update(ops);
            if (saved) setEditing(key);
            return saved;
          }}
        />
      ) : null}
    </div>
  );
}
