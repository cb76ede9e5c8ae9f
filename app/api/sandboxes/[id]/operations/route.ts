import { apiRoute, json, readJson } from "@/lib/api";
import { requireRole } from "@/lib/authz";
import { runSandboxOperation, sandboxOperationSchema } from "@/lib/workbench/run-sandbox-operation";

/**
 * POST /api/sandboxes/:id/operations `{ service: "apigateway" | "cognito-idp" | "iam", operation, input }`:
 * `{ output, version }`. AWS exceptions answer their own status with `{ error: { code, message, awsType, status } }`.
 */
export const POST = apiRoute<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireRole();
  const { id } = await params;
  const operation = await readJson(request, sandboxOperationSchema);
  return json(await runSandboxOperation(user.id, id, operation));
});
