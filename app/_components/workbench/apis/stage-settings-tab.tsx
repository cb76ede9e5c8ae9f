"use client";
import type { DeploymentOutput } from "@/lib/gateway/control/deployment-operations";
import type { Stage } from "@/lib/gateway/control/types";
import { StageCacheSettings } from "./stage-cache-settings";
import { StageCanary } from "./stage-canary";
import { StageDeploymentHistory } from "./stage-deployment-history";
import { StageInvokeUrl } from "./stage-invoke-url";
import { StageLogsTracing } from "./stage-logs-tracing";
import { StageMethodOverrides } from "./stage-method-overrides";
import { StageThrottling } from "./stage-throttling";
import { StageVariables } from "./stage-variables";

export const STAGE_TABS = [
  { key: "overview", label: "Overview" },
  { key: "variables", label: "Stage variables" },
  { key: "throttling", label: "Throttling" },
  { key: "caching", label: "Caching" },
  { key: "methods", label: "Method overrides" },
  { key: "canary", label: "Canary" },
  { key: "logs", label: "Logs & tracing" },
] as const;
export type StageTab = (typeof STAGE_TABS)[number]["key"];

/**
 * The body of one stage tab. Forms are keyed on the slice of the stage they edit, so a reload that changes
 * that slice resets them to what the server now holds.
 */
export function StageSettingsTab({
  tab,
  restApiId,
  stage,
  deployments,
}: {
  tab: StageTab;
  restApiId: string;
  stage: Stage;
  deployments: readonly DeploymentOutput[];
}) {
  const defaults = stage.methodSettings["*/*"];
  switch (tab) {
    case "overview":
      return (
        <div className="space-y-4">
          <StageInvokeUrl restApiId={restApiId} stageName={stage.stageName} />
          <StageDeploymentHistory restApiId={restApiId} stage={stage} deployments={deployments} />
        </div>
      );
    case "variables":
      return (
        <StageVariables key={JSON.stringify(stage.variables ?? {})} restApiId={restApiId} stage={stage} />
      );
    case "throttling":
      return <StageThrottling key={JSON.stringify(defaults ?? {})} restApiId={restApiId} stage={stage} />;
    case "caching":
      return (
        <StageCacheSettings
          key={JSON.stringify([stage.cacheClusterEnabled, stage.cacheClusterSize, defaults ?? {}])}
          restApiId={restApiId}
          stage={stage}
        />
      );
    case "methods":
      return <StageMethodOverrides restApiId={restApiId} stage={stage} />;
    case "canary":
      return (
        <StageCanary key={JSON.stringify(stage.canarySettings ?? {})} restApiId={restApiId} stage={stage} />
      );
    case "logs":
      return (
        <StageLogsTracing
          key={JSON.stringify([stage.accessLogSettings ?? {}, stage.tracingEnabled, defaults ?? {}])}
          restApiId={restApiId}
          stage={stage}
        />
      );
  }
}
