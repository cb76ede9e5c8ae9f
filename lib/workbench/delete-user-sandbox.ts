/** Deletes one of the user's sandboxes (API index and snapshots with it) and drops its live copy. */
import { deleteSandbox } from "@/lib/data/sandboxes";
import { sandboxHost } from "@/lib/live-sandboxes";

export async function deleteUserSandbox(userId: string, sandboxId: string): Promise<void> {
  await deleteSandbox(userId, sandboxId);
  sandboxHost().unload(sandboxId);
}
