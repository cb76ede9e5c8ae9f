import { apiRoute, json } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { restoreSandboxSnapshot } from "@/lib/workbench/restore-sandbox-snapshot";

/**
 * POST /api/sandboxes/:id/snapshots/:snapshotId/restore (no body): the snapshot's state, credentials kept.
 * `{ sandbox: { id, name, version, updatedAt }, snapshot }` (the snapshot of what was there).
 */
export const POST = apiRoute<{ params: Promise<{ id: string; snapshotId: string }> }>(
  async (_request, { params }) => {
    const user = await requireRole();
    const { id, snapshotId } = await params;
    return json(await restoreSandboxSnapshot(user.id, id, snapshotId));
  },
);
