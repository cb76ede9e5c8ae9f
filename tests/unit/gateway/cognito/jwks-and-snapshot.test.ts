import { createLocalJWKSet, decodeJwt, errors, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { CognitoSnapshotError, createCognitoUserPools, toUserPoolIssuer } from "@/lib/gateway/cognito";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { ALICE_PASSWORD, createPoolFixture, signInAlice, START, type PoolFixture } from "./user-pool-fixture";

let f: PoolFixture;
beforeAll(async () => {
  f = await createPoolFixture(23);
});

describe("the pool's JWKS", () => {
  it("verifies both tokens with jose at the virtual clock's time, and rejects them once expired", async () => {
    const { IdToken, AccessToken } = await signInAlice(f);
    const keys = createLocalJWKSet(f.pools.getJwks(f.poolId));
    const options = {
      algorithms: ["RS256"],
      issuer: toUserPoolIssuer(f.poolId),
      currentDate: new Date(START),
    };
    const id = await jwtVerify(IdToken, keys, { ...options, audience: f.webClientId });
    expect(id.payload.token_use).toBe("id");
    expect((await jwtVerify(AccessToken, keys, options)).payload.token_use).toBe("access");
    const later = { ...options, currentDate: new Date(START + 3600_000) };
    await expect(jwtVerify(IdToken, keys, later)).rejects.toThrow(errors.JWTExpired);
  });

  it("stamps iat from the Clock port, not the host clock", async () => {
    f.clock.set(Date.UTC(2030, 5, 1));
    const { IdToken } = await signInAlice(f);
    expect(decodeJwt(IdToken).iat).toBe(Date.UTC(2030, 5, 1) / 1000);
    f.clock.set(START);
  });

  it("does not verify a token with another pool's keys", async () => {
    const other = await createPoolFixture(29);
    const { IdToken } = await signInAlice(other);
    const keys = createLocalJWKSet(f.pools.getJwks(f.poolId));
    await expect(jwtVerify(IdToken, keys, { currentDate: new Date(START) })).rejects.toThrow(
      errors.JWKSNoMatchingKey,
    );
  });
});

describe("snapshot and restore", () => {
  it("round-trips through JSON: the same JWKS, users who still sign in, tokens that still verify", async () => {
    const json = JSON.parse(JSON.stringify(f.pools.snapshot())) as unknown;
    const restored = createCognitoUserPools({
      clock: new VirtualClock(START),
      random: new SeededRandom(1),
      snapshot: json,
    });
    expect(restored.getJwks(f.poolId)).toEqual(f.pools.getJwks(f.poolId));
    const result = await restored.initiateAuth({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: f.webClientId,
      AuthParameters: { USERNAME: "alice", PASSWORD: ALICE_PASSWORD },
    });
    const keys = createLocalJWKSet(f.pools.getJwks(f.poolId));
    const { payload } = await jwtVerify(result.AuthenticationResult?.IdToken ?? "", keys, {
      currentDate: new Date(START),
    });
    expect(payload["cognito:groups"]).toEqual(["admins", "readers"]);
  });

  it("keeps private keys out of the JWKS but in the snapshot, as JWK", () => {
    const pool = f.pools.snapshot().userPools[f.poolId];
    expect(pool?.idTokenKey.privateJwk).toMatchObject({ kty: "RSA", alg: "RS256", d: expect.any(String) });
    expect(JSON.stringify(f.pools.getJwks(f.poolId))).not.toContain('"d"');
  });

  it("refuses a snapshot that is not one", () => {
    expect(() => f.pools.restore({ version: 2 })).toThrow(CognitoSnapshotError);
    const broken = f.pools.snapshot();
    const pool = broken.userPools[f.poolId];
    if (pool) (pool as { users?: unknown }).users = null;
    expect(() => f.pools.restore(broken)).toThrow(`user pool ${f.poolId}: users must be an object`);
  });
});
