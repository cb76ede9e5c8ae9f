import { decodeJwt } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { InvalidPasswordException, NotAuthorizedException } from "@/lib/gateway/cognito";
import { createPoolFixture, signInAlice, type PoolFixture } from "./user-pool-fixture";

let f: PoolFixture;
const now = () => Math.floor(f.clock.now() / 1000);
beforeAll(async () => {
  f = await createPoolFixture(13);
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

describe("NEW_PASSWORD_REQUIRED", () => {
  beforeAll(async () => {
    await f.pools.adminCreateUser({
      UserPoolId: f.poolId,
      Username: "newbie",
      TemporaryPassword: "Temp#Pass1",
      UserAttributes: [{ Name: "email", Value: "newbie@example.com" }],
    });
  });

  it("challenges a user with a temporary password, then signs them in with the new one", async () => {
    const challenge = await passwordAuth(f.webClientId, "newbie", "Temp#Pass1");
    expect(challenge.ChallengeName).toBe("NEW_PASSWORD_REQUIRED");
    expect(challenge.AuthenticationResult).toBeUndefined();
    expect(challenge.ChallengeParameters).toEqual({
      USER_ID_FOR_SRP: "newbie",
      requiredAttributes: "[]",
      userAttributes: '{"email":"newbie@example.com"}',
    });
    const weak = f.pools.respondToAuthChallenge({
      ClientId: f.webClientId,
      ChallengeName: "NEW_PASSWORD_REQUIRED",
      Session: challenge.Session,
      ChallengeResponses: { USERNAME: "newbie", NEW_PASSWORD: "weak" },
    });
    await expect(weak).rejects.toThrow(InvalidPasswordException);
    const result = await f.pools.respondToAuthChallenge({
      ClientId: f.webClientId,
      ChallengeName: "NEW_PASSWORD_REQUIRED",
      Session: challenge.Session,
      ChallengeResponses: {
        USERNAME: "newbie",
        NEW_PASSWORD: "Chosen#Pass1",
        "userAttributes.name": "New Bie",
      },
    });
    expect(decodeJwt(result.AuthenticationResult?.IdToken ?? "")).toMatchObject({
      "cognito:username": "newbie",
      name: "New Bie",
    });
    expect((await f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "newbie" })).UserStatus).toBe(
      "CONFIRMED",
    );
    await expect(
      f.pools.respondToAuthChallenge({
        ClientId: f.webClientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "newbie", NEW_PASSWORD: "Again#Pass1" },
      }),
    ).rejects.toThrow(new NotAuthorizedException("Invalid session for the user, session is expired."));
  });

  it("expires the session after three minutes of virtual time", async () => {
    await f.pools.adminSetUserPassword({ UserPoolId: f.poolId, Username: "newbie", Password: "Temp#Pass3" });
    const challenge = await passwordAuth(f.webClientId, "newbie", "Temp#Pass3");
    f.clock.advance(180_000);
    await expect(
      f.pools.respondToAuthChallenge({
        ClientId: f.webClientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: challenge.Session,
        ChallengeResponses: { USERNAME: "newbie", NEW_PASSWORD: "Chosen#Pass2" },
      }),
    ).rejects.toThrow("Invalid session for the user, session is expired.");
  });

  it("refuses a temporary password older than TemporaryPasswordValidityDays", async () => {
    f.clock.advance(7 * 86_400_000);
    await expect(passwordAuth(f.webClientId, "newbie", "Temp#Pass3")).rejects.toThrow(
      new NotAuthorizedException("Temporary password has expired and must be reset by an administrator."),
    );
  });
});

describe("REFRESH_TOKEN_AUTH", () => {
  it("issues new ID and access tokens keeping auth_time and origin_jti, without a new refresh token", async () => {
    const first = await signInAlice(f);
    const signedInAt = now();
    f.clock.advance(2 * 3600_000);
    const refreshed = await f.pools.initiateAuth({
      AuthFlow: "REFRESH_TOKEN_AUTH",
      ClientId: f.webClientId,
      AuthParameters: { REFRESH_TOKEN: first.RefreshToken ?? "" },
    });
    expect(refreshed.AuthenticationResult?.RefreshToken).toBeUndefined();
    const id = decodeJwt(refreshed.AuthenticationResult?.IdToken ?? "");
    expect(id.auth_time).toBe(signedInAt);
    expect(id.iat).toBe(signedInAt + 7200);
    expect(id.origin_jti).toBe(decodeJwt(first.IdToken).origin_jti);
  });

  it("refuses an unknown refresh token and one past its 30 days", async () => {
    await expect(
      f.pools.initiateAuth({
        AuthFlow: "REFRESH_TOKEN_AUTH",
        ClientId: f.webClientId,
        AuthParameters: { REFRESH_TOKEN: "x" },
      }),
    ).rejects.toThrow(new NotAuthorizedException("Invalid Refresh Token"));
    const { RefreshToken } = await signInAlice(f);
    f.clock.advance(30 * 86_400_000);
    await expect(
      f.pools.initiateAuth({
        AuthFlow: "REFRESH_TOKEN",
        ClientId: f.webClientId,
        AuthParameters: { REFRESH_TOKEN: RefreshToken ?? "" },
      }),
    ).rejects.toThrow(new NotAuthorizedException("Refresh Token has expired"));
  });
});
