/**
 * A new sandbox for a user, with the IAM user and access key its owner signs AWS SDK and CLI requests
 * with (the `/aws/{sandboxId}/apigateway` endpoint verifies SigV4 against the sandbox's own IAM store).
 */
import { randomInt } from "node:crypto";
import { createGatewaySandbox, type GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { HostClock, HostRandom } from "@/lib/gateway/ports";
import { createSandbox, getSandboxOrThrow, listSandboxes } from "@/lib/data/sandboxes";

export const SANDBOX_ADMIN_USER = "sandbox-admin";

export interface SandboxCredentials {
  sandboxId: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const ports = {
  clock: new HostClock(() => Date.now()),
  random: new HostRandom(() => randomInt(0, 2 ** 47) / 2 ** 47),
};

export async function createSandboxWithCredentials(userId: string, name: string): Promise<SandboxCredentials> {
  const engine = await createGatewaySandbox({ ...ports, withoutLambda: true });
  engine.iam.createUser(SANDBOX_ADMIN_USER);
  engine.iam.putUserPolicy(SANDBOX_ADMIN_USER, "sandbox-owner", {
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
  });
  const key = engine.iam.createAccessKey(SANDBOX_ADMIN_USER);
  const stored = await createSandbox(userId, name, engine.exportState());
  return { sandboxId: stored.id, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
}

/** The user's first sandbox's admin credentials, creating the sandbox when the user has none. */
export async function sandboxCredentialsFor(userId: string): Promise<SandboxCredentials> {
  const [first] = await listSandboxes(userId);
  if (!first) return createSandboxWithCredentials(userId, "My sandbox");
  const stored = await getSandboxOrThrow(first.id);
  const engine = await createGatewaySandbox({ ...ports, withoutLambda: true, state: stored.state as GatewaySandboxState });
  const keyId = engine.iam.listAccessKeys(SANDBOX_ADMIN_USER)[0]?.accessKeyId;
  const credential = keyId ? engine.iam.findCredential(keyId) : undefined;
  if (!credential) throw new Error(`Sandbox ${first.id} has no ${SANDBOX_ADMIN_USER} access key`);
  return { sandboxId: first.id, accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey };
}
