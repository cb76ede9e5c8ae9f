import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { renameSandbox } from "@/lib/data/sandboxes";
import { deleteUserSandbox } from "@/lib/workbench/delete-user-sandbox";
import { getSandboxView } from "@/lib/workbench/get-sandbox-view";
import { renameSandboxSchema } from "@/lib/workbench/sandbox-api-schemas";

type Context = { params: Promise<{ id: string }> };

/** GET /api/sandboxes/:id: `{ sandbox: { id, name, version, createdAt, updatedAt }, state }`, secrets stripped. */
export const GET = apiRoute<Context>(async (_request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  return json(await getSandboxView(user.id, id));
});

/** PATCH /api/sandboxes/:id `{ name }`: `{ sandbox }` (the version does not change). */
export const PATCH = apiRoute<Context>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const { name } = await readJson(request, renameSandboxSchema);
  return json({ sandbox: await renameSandbox(user.id, id, name) });
});

/** DELETE /api/sandboxes/:id: 204. */
export const DELETE = apiRoute<Context>(async (_request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  await deleteUserSandbox(user.id, id);
  return new Response(null, { status: 204 });
});
