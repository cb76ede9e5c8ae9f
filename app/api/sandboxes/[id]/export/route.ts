import { apiRoute, json } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { exportSandbox } from "@/lib/workbench/export-sandbox";

/**
 * GET /api/sandboxes/:id/export: a download, `{ format: "gatewise-sandbox", formatVersion: 1, exportedAt,
 * name, state }` without working credentials.
 */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const { filename, document } = await exportSandbox(user.id, id);
  return json(document, { headers: { "content-disposition": `attachment; filename="${filename}"` } });
});
