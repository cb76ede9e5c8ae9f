import { createLocalJWKSet, decodeJwt, jwtVerify } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { NotAuthorizedException, OAuthError } from "@/lib/gateway/cognito";
import { ALICE_PASSWORD, CALLBACK, createPoolFixture, START, type PoolFixture } from "./user-pool-fixture";

let f: PoolFixture;
beforeAll(async () => {
  f = await createPoolFixture(31);
});

const basic = (id: string, secret: string) => `Basic ${btoa(`${id}:${secret}`)}`;

describe("client_credentials", () => {
  it("issues an access token for the client with the requested custom scope", async () => {
    const response = await f.pools.requestToken(f.poolId, {
      grant_type: "client_credentials",
      authorization: basic(f.serviceClientId, f.serviceSecret),
      scope: "pets/read",
    });
    expect(Object.keys(response)).toEqual(["access_token", "expires_in", "token_type"]);
    expect(response.expires_in).toBe(3600);
    expect(decodeJwt(response.access_token)).toEqual({
      sub: f.serviceClientId,
      token_use: "access",
      scope: "pets/read",
      auth_time: START / 1000,
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${f.poolId}`,
      exp: START / 1000 + 3600,
      iat: START / 1000,
      version: 2,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      client_id: f.serviceClientId,
    });
  });

  it("grants all the client's custom scopes when none is asked for", async () => {
    const response = await f.pools.requestToken(f.poolId, {
      grant_type: "client_credentials",
      client_id: f.serviceClientId,
      client_secret: f.serviceSecret,
    });
    expect(decodeJwt(response.access_token).scope).toBe("pets/read pets/write");
  });

  it.each([
    ["a wrong secret", { authorization: basic("x", "y"), scope: "pets/read" }, "invalid_client"],
    ["a scope the client lacks", { scope: "openid" }, "invalid_scope"],
    ["an unknown grant type", { grant_type: "password" }, "unsupported_grant_type"],
    ["no grant type", { grant_type: "" }, "invalid_request"],
  ])('answers %s with {"error":"%s"}', async (_name, overrides, error) => {
    const request = {
      grant_type: "client_credentials",
      authorization: basic(f.serviceClientId, f.serviceSecret),
      ...overrides,
    };
    const failure = await f.pools.requestToken(f.poolId, request).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OAuthError);
    expect(JSON.stringify(failure)).toBe(JSON.stringify({ error }));
  });

  it("refuses client_credentials to a client that only allows the code flow", async () => {
    await expect(
      f.pools.requestToken(f.poolId, { grant_type: "client_credentials", client_id: f.webClientId }),
    ).rejects.toMatchObject({ error: "unauthorized_client", statusCode: 400 });
  });
});

describe("managed login and the authorization code grant", () => {
  async function signIn(scope?: string) {
    return f.pools.signInWithManagedLogin(f.poolId, {
      clientId: f.webClientId,
      redirectUri: CALLBACK,
      username: "alice",
      password: ALICE_PASSWORD,
      state: "xyz",
      ...(scope === undefined ? {} : { scope }),
    });
  }

  it("redirects with a code that yields ID, access and refresh tokens carrying the custom scope", async () => {
    const { code, location } = await signIn("openid pets/read");
    expect(location).toBe(`${CALLBACK}?code=${code}&state=xyz`);
    const tokens = await f.pools.requestToken(f.poolId, {
      grant_type: "authorization_code",
      client_id: f.webClientId,
      code,
      redirect_uri: CALLBACK,
    });
    expect(Object.keys(tokens)).toEqual([
      "id_token",
      "access_token",
      "refresh_token",
      "expires_in",
      "token_type",
    ]);
    const access = decodeJwt(tokens.access_token);
    expect(access).toMatchObject({
      scope: "openid pets/read",
      token_use: "access",
      version: 2,
      username: "alice",
    });
    const id = decodeJwt(tokens.id_token ?? "");
    expect(id.at_hash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const keys = createLocalJWKSet(f.pools.getJwks(f.poolId));
    await expect(
      jwtVerify(tokens.id_token ?? "", keys, { currentDate: new Date(START) }),
    ).resolves.toBeDefined();
    await expect(
      f.pools.requestToken(f.poolId, {
        grant_type: "authorization_code",
        client_id: f.webClientId,
        code,
        redirect_uri: CALLBACK,
      }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  });

  it("issues no ID token without the openid scope, and refreshes with the original scopes", async () => {
    const { code } = await signIn("pets/read");
    const tokens = await f.pools.requestToken(f.poolId, {
      grant_type: "authorization_code",
      client_id: f.webClientId,
      code,
      redirect_uri: CALLBACK,
    });
    expect(tokens.id_token).toBeUndefined();
    const refreshed = await f.pools.requestToken(f.poolId, {
      grant_type: "refresh_token",
      client_id: f.webClientId,
      refresh_token: tokens.refresh_token ?? "",
    });
    expect(refreshed.refresh_token).toBeUndefined();
    expect(decodeJwt(refreshed.access_token).scope).toBe("pets/read");
  });

  it("grants every allowed scope when none is asked for", async () => {
    const { code } = await signIn();
    const tokens = await f.pools.requestToken(f.poolId, {
      grant_type: "authorization_code",
      client_id: f.webClientId,
      code,
      redirect_uri: CALLBACK,
    });
    expect(decodeJwt(tokens.access_token).scope).toBe("openid email pets/read");
  });

  it("refuses an unregistered redirect URI, a scope the client lacks and a wrong password", async () => {
    const base = {
      clientId: f.webClientId,
      redirectUri: CALLBACK,
      username: "alice",
      password: ALICE_PASSWORD,
    };
    await expect(
      f.pools.signInWithManagedLogin(f.poolId, { ...base, redirectUri: "https://evil.example.com/" }),
    ).rejects.toMatchObject({ error: "redirect_mismatch" });
    await expect(
      f.pools.signInWithManagedLogin(f.poolId, { ...base, scope: "pets/write" }),
    ).rejects.toMatchObject({
      error: "invalid_scope",
    });
    await expect(
      f.pools.signInWithManagedLogin(f.poolId, { ...base, password: "Wrong#Pass1" }),
    ).rejects.toThrow(new NotAuthorizedException("Incorrect username or password."));
  });

  it("expires an unused code after five minutes", async () => {
    const { code } = await signIn("openid");
    f.clock.advance(300_000);
    await expect(
      f.pools.requestToken(f.poolId, {
        grant_type: "authorization_code",
        client_id: f.webClientId,
        code,
        redirect_uri: CALLBACK,
      }),
    ).rejects.toMatchObject({ error: "invalid_grant" });
  });
});
