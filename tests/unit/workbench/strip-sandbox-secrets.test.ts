import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { provisionSandboxAdmin } from "@/lib/workbench/provision-sandbox-admin";
import { stripSandboxSecrets } from "@/lib/workbench/strip-sandbox-secrets";

async function sandboxWithSecrets() {
  const engine = await createGatewaySandbox({
    clock: new VirtualClock(),
    random: new SeededRandom(7),
    withoutLambda: true,
  });
  const adminKey = provisionSandboxAdmin(engine.iam)!;
  const session = engine.iam.getSessionToken(adminKey.accessKeyId);
  const pool = (await engine.userPools.createUserPool({ PoolName: "p" })).UserPool;
  return { state: engine.exportState(), adminKey, session, poolId: pool.Id! };
}

describe("stripSandboxSecrets", () => {
  it("removes access-key secrets, STS sessions and signing private keys, keeping key ids and public keys", async () => {
    const { state, adminKey, session, poolId } = await sandboxWithSecrets();
    const stripped = stripSandboxSecrets(state);
    const text = JSON.stringify(stripped);
    expect(text).not.toContain(adminKey.secretAccessKey);
    expect(text).not.toContain(session.secretAccessKey);
    expect(text).not.toContain(session.sessionToken);
    const iam = stripped.iam as { accessKeys: object[]; sessions: object[] };
    expect(iam.accessKeys).toEqual([
      {
        accessKeyId: adminKey.accessKeyId,
        status: "Active",
        userName: "sandbox-admin",
        createDate: adminKey.createDate,
      },
    ]);
    expect(iam.sessions).toEqual([]);
    const pool = (
      stripped.userPools as { userPools: Record<string, Record<string, Record<string, unknown>>> }
    ).userPools[poolId]!;
    expect(Object.keys(pool.idTokenKey!).sort()).toEqual(["kid", "publicJwk"]);
    expect(Object.keys(pool.accessTokenKey!).sort()).toEqual(["kid", "publicJwk"]);
    expect(pool.refreshTokens).toEqual({});
  });

  it("leaves the state it was given untouched", async () => {
    const { state } = await sandboxWithSecrets();
    const before = JSON.stringify(state);
    stripSandboxSecrets(state);
    expect(JSON.stringify(state)).toBe(before);
  });

  it("passes malformed parts through rather than failing", () => {
    const state = {
      version: 1 as const,
      controlPlane: {},
      services: {},
      backends: {},
      userPools: "x",
      iam: null,
      functions: [],
    };
    expect(stripSandboxSecrets(state)).toEqual(state);
  });
});
