import { apiRoute, json } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { getSandboxAdminCredentialsOrThrow } from "@/lib/data/sandbox-credentials";

/**
 * GET /api/sandboxes/:id/credentials: `{ credentials: { sandboxId, userName, accessKeyId, secretAccessKey } }`,
 * asked for on demand (the profile's "Show"), never cached.
 */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  return json({ credentials: await getSandboxAdminCredentialsOrThrow(user.id, id) });
});
