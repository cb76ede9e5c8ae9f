import { decodeJwt, decodeProtectedHeader } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import {
  computeSecretHash,
  InvalidParameterException,
  NotAuthorizedException,
  ResourceNotFoundException,
  UserNotFoundException,
} from "@/lib/gateway/cognito";
import { ALICE_PASSWORD, createPoolFixture, signInAlice, START, type PoolFixture } from "./user-pool-fixture";

let f: PoolFixture;
beforeAll(async () => {
  f = await createPoolFixture(11);
});

function passwordAuth(
  clientId: string,
  USERNAME: string,
  PASSWORD: string,
  extra: Record<string, string> = {},
) {
  return f.pools.initiateAuth({
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: clientId,
    AuthParameters: { USERNAME, PASSWORD, ...extra },
  });
}

describe("InitiateAuth USER_PASSWORD_AUTH", () => {
  it("returns ID, access and refresh tokens, ExpiresIn 3600 and TokenType Bearer", async () => {
    const result = await passwordAuth(f.webClientId, "alice", ALICE_PASSWORD);
    expect(result.ChallengeParameters).toEqual({});
    expect(Object.keys(result.AuthenticationResult ?? {})).toEqual([
      "AccessToken",
      "ExpiresIn",
      "TokenType",
      "RefreshToken",
      "IdToken",
    ]);
    expect(result.AuthenticationResult).toMatchObject({ ExpiresIn: 3600, TokenType: "Bearer" });
    expect(result.AuthenticationResult?.RefreshToken?.split(".")).toHaveLength(5);
  });

  it("writes Cognito's ID token claim set, with attributes typed and groups as a list", async () => {
    const { IdToken } = await signInAlice(f);
    const claims = decodeJwt(IdToken);
    const { UserAttributes } = await f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "alice" });
    expect(claims).toEqual({
      sub: UserAttributes.find((a) => a.Name === "sub")?.Value,
      "cognito:groups": ["admins", "readers"],
      email: "alice@example.com",
      email_verified: true,
      "custom:role": "admin",
      iss: `https://cognito-idp.us-east-1.amazonaws.com/${f.poolId}`,
      "cognito:username": "alice",
      origin_jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
      aud: f.webClientId,
      event_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      token_use: "id",
      auth_time: START / 1000,
      exp: START / 1000 + 3600,
      iat: START / 1000,
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(decodeProtectedHeader(IdToken)).toEqual({
      kid: f.pools.getJwks(f.poolId).keys[0]?.kid,
      alg: "RS256",
    });
  });

  it("writes Cognito's access token claim set: client_id, no aud, scope aws.cognito.signin.user.admin", async () => {
    const { AccessToken, IdToken } = await signInAlice(f);
    const claims = decodeJwt(AccessToken);
    const id = decodeJwt(IdToken);
    expect(Object.keys(claims)).toEqual([
      "sub",
      "cognito:groups",
      "iss",
      "client_id",
      "origin_jti",
      "event_id",
      "token_use",
      "scope",
      "auth_time",
      "exp",
      "iat",
      "jti",
      "username",
    ]);
    expect(claims).toMatchObject({
      sub: id.sub,
      client_id: f.webClientId,
      token_use: "access",
      scope: "aws.cognito.signin.user.admin",
      username: "alice",
      origin_jti: id.origin_jti,
      event_id: id.event_id,
    });
    expect(claims.jti).not.toBe(id.jti);
    expect(decodeProtectedHeader(AccessToken).kid).toBe(f.pools.getJwks(f.poolId).keys[1]?.kid);
  });

  it("answers NotAuthorizedException 'Incorrect username or password.' for a wrong password", async () => {
    await expect(passwordAuth(f.webClientId, "alice", "Wrong#Pass1")).rejects.toThrow(
      new NotAuthorizedException("Incorrect username or password."),
    );
  });

  it("answers UserNotFoundException for an unknown user, unless the client prevents user existence errors", async () => {
    const unknown = passwordAuth(f.webClientId, "nobody", "Whatever#1");
    await expect(unknown).rejects.toThrow(UserNotFoundException);
    await expect(unknown).rejects.toThrow("User does not exist.");
    const { UserPoolClient } = await f.pools.createUserPoolClient({
      UserPoolId: f.poolId,
      ClientName: "strict",
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
      PreventUserExistenceErrors: "ENABLED",
    });
    await expect(passwordAuth(UserPoolClient.ClientId, "nobody", "Whatever#1")).rejects.toThrow(
      new NotAuthorizedException("Incorrect username or password."),
    );
  });

  it("answers 'User is disabled.' for a disabled user, and signs them in again once enabled", async () => {
    await f.pools.adminDisableUser({ UserPoolId: f.poolId, Username: "alice" });
    await expect(passwordAuth(f.webClientId, "alice", ALICE_PASSWORD)).rejects.toThrow(
      new NotAuthorizedException("User is disabled."),
    );
    await f.pools.adminEnableUser({ UserPoolId: f.poolId, Username: "alice" });
    await expect(signInAlice(f)).resolves.toMatchObject({ TokenType: "Bearer" });
  });

  it("refuses the flow on a client that does not list ALLOW_USER_PASSWORD_AUTH", async () => {
    const { UserPoolClient } = await f.pools.createUserPoolClient({
      UserPoolId: f.poolId,
      ClientName: "srp-only",
    });
    await expect(passwordAuth(UserPoolClient.ClientId, "alice", ALICE_PASSWORD)).rejects.toThrow(
      new InvalidParameterException("USER_PASSWORD_AUTH flow not enabled for this client"),
    );
  });

  it("refuses ADMIN_USER_PASSWORD_AUTH on InitiateAuth, an unknown client and a missing PASSWORD", async () => {
    await expect(
      f.pools.initiateAuth({
        AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
        ClientId: f.webClientId,
        AuthParameters: {},
      }),
    ).rejects.toThrow(new InvalidParameterException("Initiate Auth method not supported."));
    await expect(passwordAuth("nosuchclient", "alice", ALICE_PASSWORD)).rejects.toThrow(
      new ResourceNotFoundException("User pool client nosuchclient does not exist."),
    );
    await expect(
      f.pools.initiateAuth({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: f.webClientId,
        AuthParameters: { USERNAME: "alice" },
      }),
    ).rejects.toThrow(new InvalidParameterException("Missing required parameter PASSWORD"));
  });
});

describe("clients with a secret", () => {
  let clientId = "";
  let secret = "";
  beforeAll(async () => {
    const { UserPoolClient } = await f.pools.createUserPoolClient({
      UserPoolId: f.poolId,
      ClientName: "server",
      GenerateSecret: true,
      ExplicitAuthFlows: [
        "ALLOW_ADMIN_USER_PASSWORD_AUTH",
        "ALLOW_USER_PASSWORD_AUTH",
        "ALLOW_REFRESH_TOKEN_AUTH",
      ],
    });
    clientId = UserPoolClient.ClientId;
    secret = UserPoolClient.ClientSecret ?? "";
  });

  it("require SECRET_HASH, refuse a wrong one and accept HMAC-SHA256(secret, username + client id)", async () => {
    await expect(passwordAuth(clientId, "alice", ALICE_PASSWORD)).rejects.toThrow(
      `Client ${clientId} is configured for secret but secret was not received`,
    );
    await expect(
      passwordAuth(clientId, "alice", ALICE_PASSWORD, { SECRET_HASH: "bm9wZQ==" }),
    ).rejects.toThrow(`Unable to verify secret hash for client ${clientId}`);
    const SECRET_HASH = await computeSecretHash(secret, "alice", clientId);
    expect(SECRET_HASH).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    await expect(passwordAuth(clientId, "alice", ALICE_PASSWORD, { SECRET_HASH })).resolves.toHaveProperty(
      "AuthenticationResult.TokenType",
      "Bearer",
    );
  });

  it("sign in through AdminInitiateAuth ADMIN_USER_PASSWORD_AUTH", async () => {
    const SECRET_HASH = await computeSecretHash(secret, "alice", clientId);
    const result = await f.pools.adminInitiateAuth({
      UserPoolId: f.poolId,
      ClientId: clientId,
      AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: "alice", PASSWORD: ALICE_PASSWORD, SECRET_HASH },
    });
    expect(decodeJwt(result.AuthenticationResult?.IdToken ?? "").aud).toBe(clientId);
  });
});
