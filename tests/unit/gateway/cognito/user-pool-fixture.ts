import { createCognitoUserPools, type CognitoUserPools } from "@/lib/gateway/cognito";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

export const START = Date.UTC(2026, 0, 1, 12, 0, 0);
export const ALICE_PASSWORD = "Correct#Horse1";
export const CALLBACK = "https://app.example.com/callback";

export interface PoolFixture {
  clock: VirtualClock;
  pools: CognitoUserPools;
  poolId: string;
  /** Password sign-in and managed login (code flow) with openid, email and pets/read. */
  webClientId: string;
  /** A confidential client for client credentials with pets/read and pets/write. */
  serviceClientId: string;
  serviceSecret: string;
}

/**
 * A pool with a `pets` resource server (read, write), a `custom:role` attribute, two app clients, a confirmed
 * user `alice` in the `admins` group and a group `readers`. Key generation costs ~0.3 s, so files share one.
 */
export async function createPoolFixture(seed = 7): Promise<PoolFixture> {
  const clock = new VirtualClock(START);
  const pools = createCognitoUserPools({ clock, random: new SeededRandom(seed), accountId: "123456789012" });
  const { UserPool } = await pools.createUserPool({
    PoolName: "pets",
    Schema: [{ Name: "role", AttributeDataType: "String" }],
  });
  const poolId = UserPool.Id;
  await pools.createResourceServer({
    UserPoolId: poolId,
    Identifier: "pets",
    Name: "Pets API",
    Scopes: [
      { ScopeName: "read", ScopeDescription: "Read pets" },
      { ScopeName: "write", ScopeDescription: "Write pets" },
    ],
  });
  const { UserPoolClient: web } = await pools.createUserPoolClient({
    UserPoolId: poolId,
    ClientName: "web",
    ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    AllowedOAuthFlows: ["code"],
    AllowedOAuthScopes: ["openid", "email", "pets/read"],
    AllowedOAuthFlowsUserPoolClient: true,
    CallbackURLs: [CALLBACK],
  });
  const { UserPoolClient: service } = await pools.createUserPoolClient({
    UserPoolId: poolId,
    ClientName: "service",
    GenerateSecret: true,
    AllowedOAuthFlows: ["client_credentials"],
    AllowedOAuthScopes: ["pets/read", "pets/write"],
    AllowedOAuthFlowsUserPoolClient: true,
  });
  await pools.adminCreateUser({
    UserPoolId: poolId,
    Username: "alice",
    TemporaryPassword: "Temp#Pass1",
    MessageAction: "SUPPRESS",
    UserAttributes: [
      { Name: "email", Value: "alice@example.com" },
      { Name: "email_verified", Value: "true" },
      { Name: "custom:role", Value: "admin" },
    ],
  });
  await pools.adminSetUserPassword({
    UserPoolId: poolId,
    Username: "alice",
    Password: ALICE_PASSWORD,
    Permanent: true,
  });
  await pools.createGroup({ UserPoolId: poolId, GroupName: "admins", Precedence: 1 });
  await pools.createGroup({ UserPoolId: poolId, GroupName: "readers", Precedence: 5 });
  await pools.adminAddUserToGroup({ UserPoolId: poolId, Username: "alice", GroupName: "admins" });
  await pools.adminAddUserToGroup({ UserPoolId: poolId, Username: "alice", GroupName: "readers" });
  return {
    clock,
    pools,
    poolId,
    webClientId: web.ClientId,
    serviceClientId: service.ClientId,
    serviceSecret: service.ClientSecret ?? "",
  };
}

/** Signs alice in with USER_PASSWORD_AUTH and returns the AuthenticationResult. */
export async function signInAlice(fixture: PoolFixture) {
  const { AuthenticationResult } = await fixture.pools.initiateAuth({
    AuthFlow: "USER_PASSWORD_AUTH",
    ClientId: fixture.webClientId,
    AuthParameters: { USERNAME: "alice", PASSWORD: ALICE_PASSWORD },
  });
  if (AuthenticationResult?.IdToken === undefined) throw new Error("alice did not get tokens");
  return { ...AuthenticationResult, IdToken: AuthenticationResult.IdToken };
}
