import type { QuotaUsageSnapshotEntry } from "./quota-usage-log";

/**
 * What the control plane tells the data plane so it can drop cached state (routing tables, frozen
 * stages, response caches, authorizer caches). Emitted after the change is applied.
 */
export type ControlPlaneEvent =
  | { type: "RestApiDeleted"; restApiId: string }
  | { type: "DeploymentCreated"; restApiId: string; deploymentId: string }
  | { type: "DeploymentDeleted"; restApiId: string; deploymentId: string }
  | { type: "StageChanged"; restApiId: string; stageName: string }
  | { type: "StageDeleted"; restApiId: string; stageName: string }
  | { type: "StageCacheFlushed"; restApiId: string; stageName: string }
  | { type: "StageAuthorizersCacheFlushed"; restApiId: string; stageName: string }
  /** UpdateUsage changed a key's remaining quota: `throttles.quotas.setRemaining(...)` with this entry. */
  | { type: "UsageUpdated"; entry: QuotaUsageSnapshotEntry }
  /** The whole state was replaced (`restoreState`): drop everything cached. */
  | { type: "StateRestored" };

/** A subscriber; it must not throw (a throwing listener is isolated and does not undo the change). */
export type ControlPlaneListener = (event: ControlPlaneEvent) => void;
