/**
 * "Rotate key": a new access key for `sandbox-admin` replaces the old one, through the LIVE sandbox, so
 * the /aws endpoints refuse the old key and accept the new one at once. The new secret is answered once.
 */
import { AppError } from "@/lib/errors";
import type { SandboxAdminCredentials } from "@/lib/data/sandbox-credentials";
import { pickOwnerKey } from "./find-sandbox-admin-key";
import { loadOwnedLiveSandbox, saveLiveSandbox } from "./live-sandbox-access";
import { isSandboxAdmin, provisionSandboxAdmin, SANDBOX_ADMIN_USER } from "./provision-sandbox-admin";

export interface RotatedKey {
  credentials: SandboxAdminCredentials;
  /** The key that was deleted, if there was one. */
  replacedAccessKeyId: string | null;
  version: number;
}

export async function rotateSandboxKey(
  userId: string,
  sandboxId: string,
  accessKeyId?: string,
): Promise<RotatedKey> {
  const sandbox = await loadOwnedLiveSandbox(userId, sandboxId);
  const iam = sandbox.engine.iam;
  const hasAdmin = iam.listUsers().some((user) => isSandboxAdmin(user.userName));
  const keys = hasAdmin ? iam.listAccessKeys(SANDBOX_ADMIN_USER) : [];
  const old = accessKeyId ?? pickOwnerKey(keys)?.accessKeyId;
  if (old !== undefined && !keys.some((key) => key.accessKeyId === old)) {
    throw new AppError("NOT_FOUND", `${SANDBOX_ADMIN_USER} has no access key ${old}.`, {
      accessKeyId: ["Not one of sandbox-admin's keys."],
    });
  }
  // Delete first: IAM allows two keys per user, and the old one must stop working now anyway.
  if (old !== undefined) iam.deleteAccessKey(SANDBOX_ADMIN_USER, old);
  const created = provisionSandboxAdmin(iam) ?? iam.createAccessKey(SANDBOX_ADMIN_USER);
  await saveLiveSandbox(sandbox);
  return {
    credentials: {
      sandboxId,
      userName: SANDBOX_ADMIN_USER,
      accessKeyId: created.accessKeyId,
      secretAccessKey: created.secretAccessKey,
    },
    replacedAccessKeyId: old ?? null,
    version: sandbox.version,
  };
}
