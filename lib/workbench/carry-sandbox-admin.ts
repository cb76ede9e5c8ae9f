/**
 * Reset and restore replace a sandbox's whole state but must keep its owner's credentials, so that SDK
 * and CLI configurations keep working: the `sandbox-admin` user (with its policies) and its access keys
 * are carried from the current state into the new one, replacing whatever the new one had for it.
 */
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import type { IamSnapshot } from "@/lib/gateway/iam";
import { isSandboxAdmin } from "./provision-sandbox-admin";

function isIamSnapshot(value: unknown): value is IamSnapshot {
  const iam = value as Partial<IamSnapshot> | null;
  return (
    typeof iam === "object" &&
    iam !== null &&
    Array.isArray(iam.users) &&
    Array.isArray(iam.accessKeys) &&
    Array.isArray(iam.sessions)
  );
}

/**
 * `into` with `from`'s sandbox-admin user and access keys. When `from` has no sandbox-admin (its owner
 * deleted it), `into` keeps its own.
 */
export function carrySandboxAdmin(from: GatewaySandboxState, into: GatewaySandboxState): GatewaySandboxState {
  if (!isIamSnapshot(from.iam) || !isIamSnapshot(into.iam)) return into;
  const admin = from.iam.users.find((user) => isSandboxAdmin(user.userName));
  if (!admin) return into;
  const keys = from.iam.accessKeys.filter((key) => isSandboxAdmin(key.userName));
  const carriedIds = new Set(keys.map((key) => key.accessKeyId));
  const iam: IamSnapshot = {
    ...into.iam,
    users: [...into.iam.users.filter((user) => !isSandboxAdmin(user.userName)), structuredClone(admin)],
    accessKeys: [
      ...into.iam.accessKeys.filter(
        (key) => !isSandboxAdmin(key.userName) && !carriedIds.has(key.accessKeyId),
      ),
      ...structuredClone(keys),
    ],
    // Temporary credentials the replaced admin was issued: they name keys this state never held.
    sessions: into.iam.sessions.filter(
      (session) => session.source.type !== "User" || !isSandboxAdmin(session.source.userName),
    ),
  };
  return { ...into, iam };
}
