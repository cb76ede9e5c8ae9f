import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { setUserRole } from "@/lib/data/users";
import { roleChangeSchema } from "@/lib/schemas/account";

/** PUT /api/admin/users/:id/role {"role":"INSTRUCTOR"}: ADMIN only. */
export const PUT = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const admin = await requireRole("ADMIN");
  const { id } = await params;
  const { role } = await readJson(request, roleChangeSchema);
  return json({ user: await setUserRole(admin.id, id, role) });
});
