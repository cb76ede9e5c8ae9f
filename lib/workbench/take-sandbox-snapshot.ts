/** `POST /api/sandboxes/{id}/snapshots`: the stored state, labelled, within SANDBOX_SNAPSHOTS_PER_SANDBOX. */
import { env } from "@/lib/env";
import { createSandboxSnapshot, type SnapshotSummary } from "@/lib/data/sandbox-snapshots";

/**
 * The stored state is at most SANDBOX_FLUSH_SECONDS behind the live copy, and only in usage-plan quota
 * counts (every other change is saved before it is answered).
 */
export async function takeSandboxSnapshot(
  userId: string,
  sandboxId: string,
  label: string,
): Promise<SnapshotSummary> {
  return createSandboxSnapshot(userId, sandboxId, label, env().SANDBOX_SNAPSHOTS_PER_SANDBOX);
}
