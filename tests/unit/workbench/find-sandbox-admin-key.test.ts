import { describe, expect, it } from "vitest";
import type { GatewaySandboxState } from "@/lib/gateway/create-gateway-sandbox";
import { findSandboxAdminKey } from "@/lib/workbench/find-sandbox-admin-key";

const key = (accessKeyId: string, userName: string, status: "Active" | "Inactive") => ({
  accessKeyId,
  secretAccessKey: `secret-${accessKeyId}`,
  userName,
  status,
  createDate: 1,
});
const stateWith = (accessKeys: unknown[]) => ({ iam: { accessKeys } }) as unknown as GatewaySandboxState;

describe("findSandboxAdminKey", () => {
  it("picks sandbox-admin's most recent active key", () => {
    const state = stateWith([
      key("AKIA1", "sandbox-admin", "Active"),
      key("AKIA2", "ci-bot", "Active"),
      key("AKIA3", "Sandbox-Admin", "Active"),
    ]);
    expect(findSandboxAdminKey(state)).toEqual({
      accessKeyId: "AKIA3",
      secretAccessKey: "secret-AKIA3",
      status: "Active",
    });
  });

  it("falls back to an inactive key, and to nothing", () => {
    expect(findSandboxAdminKey(stateWith([key("AKIA1", "sandbox-admin", "Inactive")]))?.accessKeyId).toBe(
      "AKIA1",
    );
    expect(findSandboxAdminKey(stateWith([key("AKIA2", "ci-bot", "Active")]))).toBeUndefined();
    expect(findSandboxAdminKey({ iam: null } as unknown as GatewaySandboxState)).toBeUndefined();
  });
});
