/**
 * Reset: the sandbox becomes empty again under the same id and name, keeping its `sandbox-admin` user and
 * access keys (SDK and CLI configurations keep working). The state it had is kept as a snapshot.
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { env } from "@/lib/env";
import { replaceSandboxState, type SnapshotSummary } from "@/lib/data/sandbox-snapshots";
import { sandboxHost } from "@/lib/live-sandboxes";
import { carrySandboxAdmin } from "./carry-sandbox-admin";
import { createEmptySandboxState } from "./create-empty-sandbox-state";

export const RESET_SNAPSHOT_LABEL = "Before reset";

export interface ReplacedSandbox {
  sandbox: { id: string; name: string; version: number; updatedAt: Date };
  /** The snapshot of the state that was replaced. */
  snapshot: SnapshotSummary;
}

export async function resetSandbox(userId: string, sandboxId: string): Promise<ReplacedSandbox> {
  const { state: empty } = await createEmptySandboxState();
  const { sandbox, snapshot } = await replaceSandboxState(userId, sandboxId, {
    keep: env().SANDBOX_SNAPSHOTS_PER_SANDBOX,
    next: (current) => ({
      state: carrySandboxAdmin(current.state as GatewaySandboxState, empty),
      apiIds: [],
      label: RESET_SNAPSHOT_LABEL,
    }),
  });
  sandboxHost().unload(sandboxId);
  const { id, name, version, updatedAt } = sandbox;
  return { sandbox: { id, name, version, updatedAt }, snapshot };
}
