import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { rotateSandboxKey } from "@/lib/workbench/rotate-sandbox-key";
import { rotateKeySchema } from "@/lib/workbench/sandbox-api-schemas";

/**
 * POST /api/sandboxes/:id/credentials/rotate `{ accessKeyId? }`: a new sandbox-admin key replaces the old one.
 * `{ credentials: { sandboxId, userName, accessKeyId, secretAccessKey }, replacedAccessKeyId, version }`.
 */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const { accessKeyId } = await readJson(request, rotateKeySchema);
  return json(await rotateSandboxKey(user.id, id, accessKeyId));
});
