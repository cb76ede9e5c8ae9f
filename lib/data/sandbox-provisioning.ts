/**
 * A new sandbox for a user, with the IAM user and access key its owner signs AWS SDK and CLI requests
 * with (the `/aws/{sandboxId}/apigateway` endpoint verifies SigV4 against the sandbox's own IAM store).
 * Used by `npm run sandbox:credentials`; the app's own UI goes through lib/workbench (caps, imports).
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { createEmptySandboxState } from "@/lib/workbench/create-empty-sandbox-state";
import { findSandboxAdminKey } from "@/lib/workbench/find-sandbox-admin-key";
import { SANDBOX_ADMIN_USER } from "@/lib/workbench/provision-sandbox-admin";
import { createSandbox, getSandboxOrThrow, listSandboxes } from "@/lib/data/sandboxes";

export { SANDBOX_ADMIN_USER };

export interface SandboxCredentials {
  sandboxId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export async function createSandboxWithCredentials(userId: string, name: string): Promise<SandboxCredentials> {
  const { state, accessKey } = await createEmptySandboxState();
  if (!accessKey) throw new Error(`A new sandbox's ${SANDBOX_ADMIN_USER} got no access key`);
  const stored = await createSandbox(userId, name, state);
  return { sandboxId: stored.id, accessKeyId: accessKey.accessKeyId, secretAccessKey: accessKey.secretAccessKey };
}

/** The user's first sandbox's admin credentials, creating the sandbox when the user has none. */
export async function sandboxCredentialsFor(userId: string): Promise<SandboxCredentials> {
  const [first] = await listSandboxes(userId);
  if (!first) return createSandboxWithCredentials(userId, "My sandbox");
  const stored = await getSandboxOrThrow(first.id);
  const key = findSandboxAdminKey(stored.state as GatewaySandboxState);
  if (!key) throw new Error(`Sandbox ${first.id} has no ${SANDBOX_ADMIN_USER} access key`);
  return { sandboxId: first.id, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
}
