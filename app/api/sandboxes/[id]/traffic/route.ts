import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { runSandboxTraffic, trafficPlanSchema } from "@/lib/workbench/run-sandbox-traffic";

/**
 * POST /api/sandboxes/:id/traffic with a traffic plan (see lib/gateway/traffic/traffic-plan.ts): runs it on
 * a copy of the sandbox over simulated time and answers the TrafficReport (totals, latency, buckets, samples).
 */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const plan = await readJson(request, trafficPlanSchema());
  return json(await runSandboxTraffic(user.id, id, plan));
});
