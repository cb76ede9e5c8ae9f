import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { listSandboxSnapshots } from "@/lib/data/sandbox-snapshots";
import { snapshotLabelSchema } from "@/lib/workbench/sandbox-api-schemas";
import { takeSandboxSnapshot } from "@/lib/workbench/take-sandbox-snapshot";

type Context = { params: Promise<{ id: string }> };

/** GET /api/sandboxes/:id/snapshots: `{ snapshots: [{ id, sandboxId, version, label, createdAt }] }`, newest first. */
export const GET = apiRoute<Context>(async (_request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  return json({ snapshots: await listSandboxSnapshots(user.id, id) });
});

/** POST /api/sandboxes/:id/snapshots `{ label }`: 201 `{ snapshot }`. */
export const POST = apiRoute<Context>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const { label } = await readJson(request, snapshotLabelSchema);
  return json({ snapshot: await takeSandboxSnapshot(user.id, id, label) }, { status: 201 });
});
