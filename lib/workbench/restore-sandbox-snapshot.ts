/**
 * Restore: the sandbox's state becomes a snapshot's, under a new version, keeping the CURRENT
 * `sandbox-admin` credentials (a snapshot may predate a key rotation). The state it had is kept as a
 * snapshot first, and the restored snapshot survives the pruning.
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { env } from "@/lib/env";
import { replaceSandboxState } from "@/lib/data/sandbox-snapshots";
import { sandboxHost } from "@/lib/live-sandboxes";
import { carrySandboxAdmin } from "./carry-sandbox-admin";
import type { ReplacedSandbox } from "./reset-sandbox";
import { restApiIdsOf } from "./rest-api-ids-of";
import { SNAPSHOT_LABEL_MAX_LENGTH } from "./sandbox-api-schemas";

function toRestoreLabel(restored: string): string {
  const label = `Before restoring "${restored}"`;
  return label.length <= SNAPSHOT_LABEL_MAX_LENGTH
    ? label
    : `${label.slice(0, SNAPSHOT_LABEL_MAX_LENGTH - 2)}…"`;
}

export async function restoreSandboxSnapshot(
  userId: string,
  sandboxId: string,
  snapshotId: string,
): Promise<ReplacedSandbox> {
  const { sandbox, snapshot } = await replaceSandboxState(userId, sandboxId, {
    keep: env().SANDBOX_SNAPSHOTS_PER_SANDBOX,
    snapshotId,
    next: (current, source) => {
      const state = carrySandboxAdmin(
        current.state as GatewaySandboxState,
        source!.state as GatewaySandboxState,
      );
      return { state, apiIds: restApiIdsOf(state), label: toRestoreLabel(source!.label) };
    },
  });
  sandboxHost().unload(sandboxId);
  const { id, name, version, updatedAt } = sandbox;
  return { sandbox: { id, name, version, updatedAt }, snapshot };
}
