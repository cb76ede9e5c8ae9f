import { apiRoute, json } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { resetSandbox } from "@/lib/workbench/reset-sandbox";

/**
 * POST /api/sandboxes/:id/reset (no body): the sandbox is empty again, credentials kept.
 * `{ sandbox: { id, name, version, updatedAt }, snapshot }` (the snapshot of what was there).
 */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  return json(await resetSandbox(user.id, id));
});
