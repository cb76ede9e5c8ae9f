import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { clientIpFrom } from "@/lib/client-ip";
import { invokeSandbox } from "@/lib/workbench/invoke-sandbox";
import { invokeSandboxSchema } from "@/lib/workbench/sandbox-api-schemas";

/**
 * POST /api/sandboxes/:id/invoke `{ restApiId, stageName, method, path, query?, headers?, body?, bodyBase64? }`:
 * `{ status, headers, body, bodyBase64, latencyMs, integrationLatencyMs, requestId, errorType, cacheHit, trace }`.
 */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const input = await readJson(request, invokeSandboxSchema);
  return json(await invokeSandbox(user.id, id, input, clientIpFrom(request.headers)));
});
