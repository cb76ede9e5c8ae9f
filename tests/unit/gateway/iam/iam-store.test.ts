import { describe, expect, it } from "vitest";
import { IamEntityError, IamStore, MalformedPolicyDocumentError } from "@/lib/gateway/iam";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

const NOW = Date.UTC(2026, 0, 15, 10, 30, 0);
const ALLOW_INVOKE = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Action: "execute-api:Invoke", Resource: "arn:aws:execute-api:*:*:*" }],
};

function createStore(seed = 7) {
  const clock = new VirtualClock(NOW);
  return {
    clock,
    iam: IamStore.create({ accountId: "123456789012", clock, random: new SeededRandom(seed) }),
  };
}

function iamError(action: () => unknown): IamEntityError {
  try {
    action();
  } catch (error) {
    if (error instanceof IamEntityError) return error;
    throw error;
  }
  throw new Error("expected an IamEntityError");
}

describe("IAM users", () => {
  it("creates a user with IAM's ARN, an AIDA id and the creation time", () => {
    const { iam } = createStore();
    const user = iam.createUser("alice");
    expect(user.arn).toBe("arn:aws:iam::123456789012:user/alice");
    expect(user.userId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect([user.path, user.createDate]).toEqual(["/", NOW / 1000]);
    expect(iam.createUser("bob", { path: "/engineering/" }).arn).toBe(
      "arn:aws:iam::123456789012:user/engineering/bob",
    );
    expect(iam.getUser("ALICE")).toEqual(user);
  });

  it("refuses a second user whose name differs only by case (409 EntityAlreadyExists)", () => {
    const { iam } = createStore();
    iam.createUser("alice");
    const error = iamError(() => iam.createUser("Alice"));
    expect([error.code, error.status, error.message]).toEqual([
      "EntityAlreadyExists",
      409,
      "User with name Alice already exists.",
    ]);
  });

  it("validates user names and paths with IAM's texts", () => {
    const { iam } = createStore();
    expect(iamError(() => iam.createUser("bad name")).message).toBe(
      "1 validation error detected: Value 'bad name' at 'userName' failed to satisfy constraint: " +
        "Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
    expect(iamError(() => iam.createUser("x".repeat(65))).code).toBe("ValidationError");
    expect(iamError(() => iam.createUser("carol", { path: "no-slashes" })).code).toBe("ValidationError");
  });

  it("answers 404 NoSuchEntity for an unknown user", () => {
    const error = iamError(() => createStore().iam.getUser("nobody"));
    expect([error.code, error.status, error.message]).toEqual([
      "NoSuchEntity",
      404,
      "The user with name nobody cannot be found.",
    ]);
  });

  it("refuses to delete a user that still has access keys or policies", () => {
    const { iam } = createStore();
    iam.createUser("alice");
    const { accessKeyId } = iam.createAccessKey("alice");
    expect(iamError(() => iam.deleteUser("alice")).message).toBe(
      "Cannot delete entity, must delete access keys first.",
    );
    iam.deleteAccessKey("alice", accessKeyId);
    iam.putUserPolicy("alice", "invoke", ALLOW_INVOKE);
    expect(iamError(() => iam.deleteUser("alice")).message).toBe(
      "Cannot delete entity, must delete policies first.",
    );
    iam.deleteUserPolicy("alice", "invoke");
    iam.deleteUser("alice");
    expect(iam.listUsers()).toEqual([]);
  });
});

describe("access keys", () => {
  it("creates AKIA keys of 20 characters with 40-character secrets, at most two per user", () => {
    const { iam } = createStore();
    iam.createUser("alice");
    const key = iam.createAccessKey("alice");
    expect(key.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(key.secretAccessKey).toMatch(/^[A-Za-z0-9+/]{40}$/);
    expect([key.status, key.userName]).toEqual(["Active", "alice"]);
    iam.createAccessKey("alice");
    const error = iamError(() => iam.createAccessKey("alice"));
    expect([error.code, error.message]).toEqual([
      "LimitExceeded",
      "Cannot exceed quota for AccessKeysPerUser: 2",
    ]);
  });

  it("lists keys without their secrets and resolves a deactivated key as Inactive", () => {
    const { iam } = createStore();
    iam.createUser("alice");
    const { accessKeyId } = iam.createAccessKey("alice");
    expect(iam.listAccessKeys("alice")[0]).not.toHaveProperty("secretAccessKey");
    iam.updateAccessKey("alice", accessKeyId, "Inactive");
    expect(iam.findCredential(accessKeyId)).toMatchObject({ status: "Inactive", kind: "long-term" });
    expect(iamError(() => iam.updateAccessKey("alice", "AKIANOPE", "Active")).message).toBe(
      "The Access Key with id AKIANOPE cannot be found.",
    );
  });

  it("draws the same identifiers from the same seed", () => {
    const keys = [1, 2].map(() => {
      const { iam } = createStore(99);
      iam.createUser("alice");
      return iam.createAccessKey("alice");
    });
    expect(keys[0]).toEqual(keys[1]);
  });
});

describe("temporary credentials (STS)", () => {
  it("issues GetSessionToken credentials for the key's user, valid 12 hours by default", () => {
    const { iam } = createStore();
    iam.createUser("alice");
    const { accessKeyId } = iam.createAccessKey("alice");
    const session = iam.getSessionToken(accessKeyId);
    expect(session.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/);
    expect(session.sessionToken.length).toBeGreaterThan(300);
    expect(session.expiration).toBe(NOW / 1000 + 43200);
    expect(iam.findCredential(session.accessKeyId)).toMatchObject({
      kind: "temporary",
      sessionToken: session.sessionToken,
      principal: { type: "User", arn: "arn:aws:iam::123456789012:user/alice" },
    });
    expect(iamError(() => iam.getSessionToken(session.accessKeyId)).message).toBe(
      "Cannot call GetSessionToken with session credentials",
    );
    expect(iamError(() => iam.getSessionToken(accessKeyId, 899)).message).toBe(
      "1 validation error detected: Value '899' at 'durationSeconds' failed to satisfy constraint: " +
        "Member must have value greater than or equal to 900",
    );
  });

  it("issues AssumeRole credentials for a role session, within the role's maximum duration", () => {
    const { iam } = createStore();
    const role = iam.createRole("reader", { path: "/service/" });
    expect(role.arn).toBe("arn:aws:iam::123456789012:role/service/reader");
    const session = iam.assumeRole({ roleName: "reader", roleSessionName: "lambda-1" });
    expect(session.expiration).toBe(NOW / 1000 + 3600);
    expect(iam.findCredential(session.accessKeyId)?.principal).toEqual({
      type: "AssumedRole",
      accountId: "123456789012",
      arn: "arn:aws:sts::123456789012:assumed-role/reader/lambda-1",
      id: `${role.roleId}:lambda-1`,
      roleName: "reader",
      roleArn: "arn:aws:iam::123456789012:role/service/reader",
      sessionName: "lambda-1",
    });
    expect(
      iamError(() => iam.assumeRole({ roleName: "reader", roleSessionName: "s1", durationSeconds: 7200 }))
        .message,
    ).toBe("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
  });
});

describe("inline identity policies", () => {
  it("stores a valid document as it was put and refuses a malformed one", () => {
    const { iam } = createStore();
    iam.createUser("alice");
    const text = JSON.stringify(ALLOW_INVOKE, null, 2);
    iam.putUserPolicy("alice", "invoke", text);
    expect(iam.getUserPolicy("alice", "invoke")).toBe(text);
    expect(iam.listUserPolicies("alice")).toEqual(["invoke"]);
    expect(() =>
      iam.putUserPolicy("alice", "bad", { Statement: [{ Effect: "Allow", Resource: "*" }] }),
    ).toThrow(new MalformedPolicyDocumentError("Policy statement must contain actions."));
    expect(iamError(() => iam.getUserPolicy("alice", "bad")).message).toBe(
      "The user policy with name bad cannot be found.",
    );
  });

  it("limits a user's inline policies to 2,048 characters without white space", () => {
    const { iam } = createStore();
    iam.createUser("alice");
    const resources = Array.from(
      { length: 40 },
      (_, i) => `arn:aws:execute-api:us-east-1:123456789012:api${i}/*`,
    );
    const big = {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "execute-api:Invoke", Resource: resources }],
    };
    const error = iamError(() => iam.putUserPolicy("alice", "big", big));
    expect([error.code, error.message]).toEqual([
      "LimitExceeded",
      "Maximum policy size of 2048 bytes exceeded for user alice",
    ]);
    iam.createRole("reader");
    iam.putRolePolicy("reader", "big", big);
    expect(iam.listRolePolicies("reader")).toEqual(["big"]);
  });
});

describe("snapshot and restore", () => {
  it("rebuilds the same store from its JSON snapshot, credentials and policies included", () => {
    const { iam, clock } = createStore();
    iam.createUser("alice");
    const key = iam.createAccessKey("alice");
    iam.putUserPolicy("alice", "invoke", ALLOW_INVOKE);
    iam.createRole("reader", { maxSessionDuration: 7200 });
    const session = iam.assumeRole({ roleName: "reader", roleSessionName: "s1" });
    const json = JSON.parse(JSON.stringify(iam.snapshot()));
    const restored = IamStore.fromSnapshot(json, { clock, random: new SeededRandom(1) });
    expect(restored.snapshot()).toEqual(iam.snapshot());
    expect(restored.findCredential(key.accessKeyId)?.secretAccessKey).toBe(key.secretAccessKey);
    expect(restored.findCredential(session.accessKeyId)?.principal?.arn).toBe(
      "arn:aws:sts::123456789012:assumed-role/reader/s1",
    );
    const principal = restored.findCredential(key.accessKeyId)?.principal;
    expect(principal && restored.identityPoliciesOf(principal)[0]?.Statement[0]?.Action).toEqual([
      "execute-api:Invoke",
    ]);
  });

  it("refuses a malformed snapshot with a ValidationError", () => {
    const ports = { clock: new VirtualClock(NOW), random: new SeededRandom(1) };
    const error = iamError(() =>
      IamStore.fromSnapshot({ version: 1, accountId: "123456789012", users: "x" }, ports),
    );
    expect(error.code).toBe("ValidationError");
    expect(error.message.startsWith("Invalid IAM snapshot: ")).toBe(true);
  });
});
