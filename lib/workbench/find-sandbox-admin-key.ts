/**
 * The access key a sandbox's owner signs with, read from a stored state: `sandbox-admin`'s most recent
 * active key (a rotation creates the new key last), else its most recent key.
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import type { IamSnapshot } from "@/lib/gateway/iam";
import { isSandboxAdmin } from "./provision-sandbox-admin";

export interface SandboxAdminKey {
  accessKeyId: string;
  secretAccessKey: string;
  status: "Active" | "Inactive";
}

/** Of one user's keys in creation order, the one the owner signs with. */
export function pickOwnerKey<K extends { status: "Active" | "Inactive" }>(keys: readonly K[]): K | undefined {
  return keys.findLast((key) => key.status === "Active") ?? keys.at(-1);
}

export function findSandboxAdminKey(state: GatewaySandboxState): SandboxAdminKey | undefined {
  const accessKeys = (state.iam as Partial<IamSnapshot> | null)?.accessKeys;
  if (!Array.isArray(accessKeys)) return undefined;
  const chosen = pickOwnerKey(accessKeys.filter((key) => isSandboxAdmin(key.userName)));
  return (
    chosen && {
      accessKeyId: chosen.accessKeyId,
      secretAccessKey: chosen.secretAccessKey,
      status: chosen.status,
    }
  );
}
