/** What the workbench loads for one sandbox: its row and its engine state without working credentials. */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { getOwnedSandboxOrThrow } from "@/lib/data/sandboxes";
import { stripSandboxSecrets } from "./strip-sandbox-secrets";

export interface SandboxView {
  sandbox: { id: string; name: string; version: number; createdAt: Date; updatedAt: Date };
  state: GatewaySandboxState;
}

export async function getSandboxView(userId: string, sandboxId: string): Promise<SandboxView> {
  const { id, name, version, createdAt, updatedAt, state } = await getOwnedSandboxOrThrow(userId, sandboxId);
  return {
    sandbox: { id, name, version, createdAt, updatedAt },
    state: stripSandboxSecrets(state as GatewaySandboxState),
  };
}
