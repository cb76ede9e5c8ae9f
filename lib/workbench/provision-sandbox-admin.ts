/**
 * The IAM user every sandbox has for its owner: `sandbox-admin`, allowed everything, with the access key
 * the owner signs AWS SDK and CLI requests with (the `/aws/{sandboxId}/...` endpoints verify SigV4
 * against the sandbox's own IAM store).
 */
import type { AccessKey, IamStore } from "@/lib/gateway/iam";

export const SANDBOX_ADMIN_USER = "sandbox-admin";

/** The inline policy `sandbox-admin` is created with. */
export const SANDBOX_OWNER_POLICY_NAME = "sandbox-owner";
export const SANDBOX_OWNER_POLICY = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "*", Resource: "*" }],
} as const;

/** Whether an IAM user name is the sandbox owner's (IAM user names are case-insensitive). */
export function isSandboxAdmin(userName: string): boolean {
  return userName.toLowerCase() === SANDBOX_ADMIN_USER;
}

/**
 * Makes sure `sandbox-admin` exists (created with the owner policy when missing) and has an active
 * access key; returns the key created, with its secret, or undefined when an active key already existed.
 */
export function provisionSandboxAdmin(iam: IamStore): Required<AccessKey> | undefined {
  const exists = iam.listUsers().some((user) => isSandboxAdmin(user.userName));
  if (!exists) {
    iam.createUser(SANDBOX_ADMIN_USER);
    iam.putUserPolicy(SANDBOX_ADMIN_USER, SANDBOX_OWNER_POLICY_NAME, SANDBOX_OWNER_POLICY);
  }
  const keys = iam.listAccessKeys(SANDBOX_ADMIN_USER);
  if (keys.some((key) => key.status === "Active")) return undefined;
  // IAM allows two keys per user: make room by dropping an inactive one.
  if (keys.length >= 2 && keys[0]) iam.deleteAccessKey(SANDBOX_ADMIN_USER, keys[0].accessKeyId);
  return iam.createAccessKey(SANDBOX_ADMIN_USER);
}
