import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import type { IamSnapshot } from "@/lib/gateway/iam";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { carrySandboxAdmin } from "@/lib/workbench/carry-sandbox-admin";
import { provisionSandboxAdmin } from "@/lib/workbench/provision-sandbox-admin";

const newEngine = (seed: number) =>
  createGatewaySandbox({ clock: new VirtualClock(), random: new SeededRandom(seed), withoutLambda: true });

describe("carrySandboxAdmin", () => {
  it("puts the current sandbox-admin and its keys into the new state, replacing the new state's own", async () => {
    const current = await newEngine(1);
    const currentKey = provisionSandboxAdmin(current.iam)!;
    current.iam.createUser("ci-bot");
    const next = await newEngine(2);
    provisionSandboxAdmin(next.iam);
    next.iam.createUser("other");
    const otherKey = next.iam.createAccessKey("other");

    const carried = carrySandboxAdmin(current.exportState(), next.exportState());
    const iam = carried.iam as IamSnapshot;
    expect(iam.users.map((u) => u.userName)).toEqual(["other", "sandbox-admin"]);
    expect(iam.users[1]!.userId).toBe(current.iam.getUser("sandbox-admin").userId);
    expect(iam.accessKeys.map((k) => k.accessKeyId)).toEqual([otherKey.accessKeyId, currentKey.accessKeyId]);
    expect(iam.accessKeys[1]!.secretAccessKey).toBe(currentKey.secretAccessKey);
    expect(iam.users[1]!.policies).toHaveProperty("sandbox-owner");
  });

  it("keeps the new state's own sandbox-admin when the current state has none", async () => {
    const current = await newEngine(3);
    const next = await newEngine(4);
    const nextKey = provisionSandboxAdmin(next.iam)!;
    const carried = carrySandboxAdmin(current.exportState(), next.exportState());
    expect((carried.iam as IamSnapshot).accessKeys.map((k) => k.accessKeyId)).toEqual([nextKey.accessKeyId]);
  });
});
