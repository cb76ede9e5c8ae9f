/**
 * The owner's `sandbox-admin` credentials of each sandbox, read from the stored state: the live copy saves
 * every IAM change before answering, so the store is never behind on credentials.
 */
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { findSandboxAdminKey } from "@/lib/workbench/find-sandbox-admin-key";
import { SANDBOX_ADMIN_USER } from "@/lib/workbench/provision-sandbox-admin";
import { getOwnedSandboxOrThrow } from "./sandboxes";

/** What the profile lists before any secret is asked for. */
export interface SandboxKeySummary {
  sandboxId: string;
  name: string;
  /** Null when the owner deleted sandbox-admin's keys (rotating creates one). */
  accessKeyId: string | null;
}

export interface SandboxAdminCredentials {
  sandboxId: string;
  userName: typeof SANDBOX_ADMIN_USER;
  accessKeyId: string;
  secretAccessKey: string;
}

export async function listSandboxKeySummaries(userId: string): Promise<SandboxKeySummary[]> {
  const rows = await db().sandbox.findMany({
    where: { userId },
    select: { id: true, name: true, state: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    sandboxId: row.id,
    name: row.name,
    accessKeyId: findSandboxAdminKey(row.state as unknown as GatewaySandboxState)?.accessKeyId ?? null,
  }));
}

/** The secret too: only ever sent when the owner asks for it. */
export async function getSandboxAdminCredentialsOrThrow(
  userId: string,
  sandboxId: string,
): Promise<SandboxAdminCredentials> {
  const sandbox = await getOwnedSandboxOrThrow(userId, sandboxId);
  const key = findSandboxAdminKey(sandbox.state as GatewaySandboxState);
  if (!key) {
    throw new AppError(
      "NOT_FOUND",
      `Sandbox ${sandboxId} has no ${SANDBOX_ADMIN_USER} access key. Rotate the key to create one.`,
    );
  }
  return { sandboxId, userName: SANDBOX_ADMIN_USER, accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
}
