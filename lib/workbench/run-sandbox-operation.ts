/**
 * `POST /api/sandboxes/{id}/operations`: runs one service operation on the user's LIVE sandbox (the copy
 * invoke URLs and the /aws endpoint serve), and saves it when the operation can change it. The services
 * are the entries of SANDBOX_SERVICES (sandbox-services.ts).
 */
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { loadOwnedLiveSandbox, saveLiveSandbox } from "./live-sandbox-access";
import type { SandboxServiceRunner } from "./sandbox-service-runner";
import { SANDBOX_SERVICE_NAMES as SERVICE_NAMES, SANDBOX_SERVICES } from "./sandbox-services";
import { toAwsAppError } from "./to-aws-app-error";

export const sandboxOperationSchema = z.object({
  service: z.enum(SERVICE_NAMES, { error: `service is one of ${SERVICE_NAMES.join(", ")}.` }),
  operation: z
    .string({ error: "Name the operation, e.g. createResource." })
    .min(1, "Name the operation, e.g. createResource."),
  input: z.record(z.string(), z.unknown(), { error: "input is a JSON object." }).default({}),
});
export type SandboxOperationRequest = z.infer<typeof sandboxOperationSchema>;

export interface SandboxOperationResult {
  output: unknown;
  /** The sandbox's version after the operation (unchanged by reads). */
  version: number;
}

function unknownOperation(service: string, operation: string, runner: SandboxServiceRunner): AppError {
  return new AppError(
    "BAD_REQUEST",
    `Unknown ${service} operation "${operation}". The workbench runs: ${runner.operations.join(", ")}.`,
    { operation: [`${service} has no operation "${operation}".`] },
  );
}

export async function runSandboxOperation(
  userId: string,
  sandboxId: string,
  request: SandboxOperationRequest,
): Promise<SandboxOperationResult> {
  const { service, operation, input } = request;
  const runner: SandboxServiceRunner = SANDBOX_SERVICES[service];
  const sandbox = await loadOwnedLiveSandbox(userId, sandboxId);
  if (!runner.operations.includes(operation)) throw unknownOperation(service, operation, runner);
  let output: unknown;
  try {
    output = await runner.run(sandbox.engine, operation, input);
  } catch (error) {
    throw toAwsAppError(error);
  }
  if (!runner.isReadOnly(operation)) await saveLiveSandbox(sandbox);
  return { output: output ?? {}, version: sandbox.version };
}
