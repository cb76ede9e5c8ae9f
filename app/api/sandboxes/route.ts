import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { listSandboxes } from "@/lib/data/sandboxes";
import { createUserSandbox } from "@/lib/workbench/create-user-sandbox";
import { createSandboxSchema } from "@/lib/workbench/sandbox-api-schemas";

/** GET /api/sandboxes: the signed-in user's sandboxes, `{ sandboxes: [{ id, name, version, createdAt, updatedAt, apiCount }] }`. */
export const GET = apiRoute(async () => {
  const user = await requireRole();
  return json({ sandboxes: await listSandboxes(user.id) });
});

/** POST /api/sandboxes `{ name, from?: "empty" | exported document }`: 201 `{ sandbox }`. */
export const POST = apiRoute(async (request) => {
  const user = await requireRole();
  const input = await readJson(request, createSandboxSchema);
  return json({ sandbox: await createUserSandbox(user.id, input) }, { status: 201 });
});
