import { apiRoute, json } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { readSandboxLogs } from "@/lib/workbench/read-sandbox-logs";
import { logsQuerySchema } from "@/lib/workbench/sandbox-api-schemas";

/** GET /api/sandboxes/:id/logs?kind=access|execution|lambda&restApiId=&stage=&functionName=&limit=200. */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const query = logsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await readSandboxLogs(user.id, id, query));
});
