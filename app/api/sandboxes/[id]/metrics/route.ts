import { apiRoute, json } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { readSandboxMetrics } from "@/lib/workbench/read-sandbox-metrics";
import { metricsQuerySchema } from "@/lib/workbench/sandbox-api-schemas";

/** GET /api/sandboxes/:id/metrics?restApiId=&stage=&method=&resource=&minutes=60: per-minute CloudWatch-style points. */
export const GET = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const query = metricsQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  return json(await readSandboxMetrics(user.id, id, query));
});
