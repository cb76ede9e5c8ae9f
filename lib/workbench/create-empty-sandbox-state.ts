/** The state of a sandbox with nothing in it but its owner's IAM user and access key. */
import { createGatewaySandbox, type GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import type { AccessKey } from "@/lib/gateway/iam";
import { hostPorts } from "./host-ports";
import { provisionSandboxAdmin } from "./provision-sandbox-admin";

export async function createEmptySandboxState(): Promise<{
  state: GatewaySandboxState;
  accessKey: Required<AccessKey> | undefined;
}> {
  const engine = await createGatewaySandbox({ ...hostPorts(), withoutLambda: true });
  try {
    const accessKey = provisionSandboxAdmin(engine.iam);
    return { state: engine.exportState(), accessKey };
  } finally {
    engine.dispose();
  }
}
