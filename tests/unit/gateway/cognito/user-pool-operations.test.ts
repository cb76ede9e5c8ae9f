import { beforeAll, describe, expect, it } from "vitest";
import {
  GroupExistsException,
  InvalidOAuthFlowException,
  InvalidParameterException,
  InvalidPasswordException,
  ResourceNotFoundException,
  ScopeDoesNotExistException,
  UserNotFoundException,
  UsernameExistsException,
} from "@/lib/gateway/cognito";
import { createPoolFixture, START, type PoolFixture } from "./user-pool-fixture";

let f: PoolFixture;
beforeAll(async () => {
  f = await createPoolFixture();
});

describe("CreateUserPool and CreateUserPoolClient", () => {
  it("names the pool us-east-1_ plus nine alphanumerics, with its ARN and the default password policy", async () => {
    const { UserPool } = await f.pools.describeUserPool({ UserPoolId: f.poolId });
    expect(UserPool.Id).toMatch(/^us-east-1_[A-Za-z0-9]{9}$/);
    expect(UserPool.Arn).toBe(`arn:aws:cognito-idp:us-east-1:123456789012:userpool/${f.poolId}`);
    expect(UserPool.CreationDate).toBe(START / 1000);
    expect(UserPool.Policies.PasswordPolicy).toEqual({
      MinimumLength: 8,
      RequireUppercase: true,
      RequireLowercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      TemporaryPasswordValidityDays: 7,
    });
    expect(UserPool.EstimatedNumberOfUsers).toBe(1);
  });

  it("publishes a JWKS of two RS256 keys (ID tokens and access tokens) with base64 kids", () => {
    const { keys } = f.pools.getJwks(f.poolId);
    expect(keys).toHaveLength(2);
    for (const key of keys) {
      expect(Object.keys(key)).toEqual(["alg", "e", "kid", "kty", "n", "use"]);
      expect(key).toMatchObject({ alg: "RS256", e: "AQAB", kty: "RSA", use: "sig" });
      expect(key.kid).toMatch(/^[A-Za-z0-9+/]{43}=$/);
      expect(key).not.toHaveProperty("d");
    }
    expect(keys[0]?.kid).not.toBe(keys[1]?.kid);
  });

  it("gives app clients 26-character ids, 51-character secrets on request, and the API's defaults", async () => {
    const plain = await f.pools.describeUserPoolClient({ UserPoolId: f.poolId, ClientId: f.webClientId });
    expect(plain.UserPoolClient.ClientId).toMatch(/^[a-z0-9]{26}$/);
    expect(plain.UserPoolClient).not.toHaveProperty("ClientSecret");
    expect(f.serviceSecret).toMatch(/^[a-z0-9]{51}$/);
    const { UserPoolClient } = await f.pools.createUserPoolClient({
      UserPoolId: f.poolId,
      ClientName: "defaults",
    });
    expect(UserPoolClient).toMatchObject({
      ExplicitAuthFlows: ["ALLOW_USER_SRP_AUTH", "ALLOW_CUSTOM_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      PreventUserExistenceErrors: "LEGACY",
      IdTokenValidity: 1,
      AccessTokenValidity: 1,
      RefreshTokenValidity: 30,
      TokenValidityUnits: { IdToken: "hours", AccessToken: "hours", RefreshToken: "days" },
    });
  });

  it("refuses OAuth scopes no resource server defines with ScopeDoesNotExistException", async () => {
    const create = f.pools.createUserPoolClient({
      UserPoolId: f.poolId,
      ClientName: "x",
      AllowedOAuthScopes: ["pets/delete"],
    });
    await expect(create).rejects.toThrow(ScopeDoesNotExistException);
    await expect(create).rejects.toThrow("Invalid scope requested: pets/delete");
  });

  it("refuses client_credentials for a client without a secret, in Cognito's words", async () => {
    const create = f.pools.createUserPoolClient({
      UserPoolId: f.poolId,
      ClientName: "x",
      AllowedOAuthFlows: ["client_credentials"],
      AllowedOAuthScopes: ["pets/read"],
    });
    await expect(create).rejects.toThrow(InvalidOAuthFlowException);
    await expect(create).rejects.toThrow(
      "client_credentials flow can not be selected if client does not have a client secret.",
    );
  });

  it("answers ResourceNotFoundException for an unknown pool or client, and for prototype names", async () => {
    await expect(f.pools.describeUserPool({ UserPoolId: "us-east-1_nosuchpoo" })).rejects.toThrow(
      new ResourceNotFoundException("User pool us-east-1_nosuchpoo does not exist."),
    );
    await expect(f.pools.describeUserPool({ UserPoolId: "constructor" })).rejects.toThrow(
      ResourceNotFoundException,
    );
    await expect(f.pools.describeUserPoolClient({ UserPoolId: f.poolId, ClientId: "nope" })).rejects.toThrow(
      "User pool client nope does not exist.",
    );
  });
});

describe("users", () => {
  it("creates a user in FORCE_CHANGE_PASSWORD with a sub and the given attributes", async () => {
    const { User } = await f.pools.adminCreateUser({
      UserPoolId: f.poolId,
      Username: "bob",
      TemporaryPassword: "Temp#Pass1",
      UserAttributes: [{ Name: "email", Value: "bob@example.com" }],
    });
    expect(User.Username).toBe("bob");
    expect(User.UserStatus).toBe("FORCE_CHANGE_PASSWORD");
    expect(User.Enabled).toBe(true);
    expect(User.Attributes[0]?.Name).toBe("sub");
    expect(User.Attributes[0]?.Value).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(User.Attributes.slice(1)).toEqual([{ Name: "email", Value: "bob@example.com" }]);
  });

  it("answers UsernameExistsException for a name already taken, whatever its case", async () => {
    await expect(f.pools.adminCreateUser({ UserPoolId: f.poolId, Username: "ALICE" })).rejects.toThrow(
      new UsernameExistsException("User account already exists"),
    );
  });

  it("refuses an undeclared custom attribute and accepts a declared one", async () => {
    await expect(
      f.pools.adminCreateUser({
        UserPoolId: f.poolId,
        Username: "carol",
        UserAttributes: [{ Name: "custom:team", Value: "x" }],
      }),
    ).rejects.toThrow(
      "Attributes did not conform to the schema: Type for attribute {custom:team} could not be determined",
    );
    const { UserAttributes } = await f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "alice" });
    expect(UserAttributes.find((a) => a.Name === "custom:role")?.Value).toBe("admin");
  });

  it.each([
    ["Short#1", "Password not long enough"],
    ["lower#case1", "Password must have uppercase characters"],
    ["UPPER#CASE1", "Password must have lowercase characters"],
    ["NoNumbers#x", "Password must have numeric characters"],
    ["NoSymbols1x", "Password must have symbol characters"],
  ])("refuses the temporary password %s: %s", async (password, rule) => {
    const create = f.pools.adminCreateUser({
      UserPoolId: f.poolId,
      Username: "dave",
      TemporaryPassword: password,
    });
    await expect(create).rejects.toThrow(InvalidPasswordException);
    await expect(create).rejects.toThrow(`Password did not conform with policy: ${rule}`);
  });

  it("accepts an inner space as the symbol, and words AdminSetUserPassword's refusal differently", async () => {
    await f.pools.adminCreateUser({
      UserPoolId: f.poolId,
      Username: "erin",
      TemporaryPassword: "Has Space1",
    });
    await expect(
      f.pools.adminSetUserPassword({
        UserPoolId: f.poolId,
        Username: "erin",
        Password: "short",
        Permanent: true,
      }),
    ).rejects.toThrow("Password does not conform to policy: Password not long enough");
  });

  it("confirms a user with a permanent password and sends them back to FORCE_CHANGE_PASSWORD with a temporary one", async () => {
    await f.pools.adminSetUserPassword({
      UserPoolId: f.poolId,
      Username: "erin",
      Password: "Perm#Pass1",
      Permanent: true,
    });
    expect((await f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "Erin" })).UserStatus).toBe(
      "CONFIRMED",
    );
    await f.pools.adminSetUserPassword({ UserPoolId: f.poolId, Username: "erin", Password: "Temp#Pass2" });
    expect((await f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "erin" })).UserStatus).toBe(
      "FORCE_CHANGE_PASSWORD",
    );
  });

  it("answers UserNotFoundException 'User does not exist.' for an unknown user", async () => {
    await expect(f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "zed" })).rejects.toThrow(
      new UserNotFoundException("User does not exist."),
    );
  });

  it("lists users with an exact or prefix filter, and pages them", async () => {
    const byEmail = await f.pools.listUsers({ UserPoolId: f.poolId, Filter: 'email = "alice@example.com"' });
    expect(byEmail.Users.map((u) => u.Username)).toEqual(["alice"]);
    const byPrefix = await f.pools.listUsers({ UserPoolId: f.poolId, Filter: 'username ^= "e"' });
    expect(byPrefix.Users.map((u) => u.Username)).toEqual(["erin"]);
    const first = await f.pools.listUsers({ UserPoolId: f.poolId, Limit: 2 });
    expect(first.Users.map((u) => u.Username)).toEqual(["alice", "bob"]);
    const second = await f.pools.listUsers({
      UserPoolId: f.poolId,
      Limit: 2,
      PaginationToken: first.PaginationToken,
    });
    expect(second.Users.map((u) => u.Username)).toEqual(["erin"]);
    expect(second.PaginationToken).toBeUndefined();
    await expect(f.pools.listUsers({ UserPoolId: f.poolId, Filter: "email == x" })).rejects.toThrow(
      new InvalidParameterException("Error while parsing filter."),
    );
  });

  it("keeps a user named __proto__ as an ordinary user", async () => {
    await f.pools.adminCreateUser({
      UserPoolId: f.poolId,
      Username: "__proto__",
      TemporaryPassword: "Temp#Pass1",
    });
    expect((await f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "__proto__" })).Username).toBe(
      "__proto__",
    );
    await expect(f.pools.adminGetUser({ UserPoolId: f.poolId, Username: "constructor" })).rejects.toThrow(
      UserNotFoundException,
    );
    await f.pools.adminDeleteUser({ UserPoolId: f.poolId, Username: "__proto__" });
  });
});

describe("groups", () => {
  it("lists a user's groups and refuses a second group of the same name", async () => {
    const { Groups } = await f.pools.adminListGroupsForUser({ UserPoolId: f.poolId, Username: "alice" });
    expect(Groups.map((g) => [g.GroupName, g.Precedence])).toEqual([
      ["admins", 1],
      ["readers", 5],
    ]);
    await expect(f.pools.createGroup({ UserPoolId: f.poolId, GroupName: "admins" })).rejects.toThrow(
      new GroupExistsException("A group with the name admins already exists."),
    );
  });

  it("answers ResourceNotFoundException 'Group not found.' when adding to an unknown group", async () => {
    await expect(
      f.pools.adminAddUserToGroup({ UserPoolId: f.poolId, Username: "alice", GroupName: "ghosts" }),
    ).rejects.toThrow(new ResourceNotFoundException("Group not found."));
  });
});
