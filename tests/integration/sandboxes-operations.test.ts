import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getSandboxOrThrow } from "@/lib/data/sandboxes";
import { sandboxHost } from "@/lib/live-sandboxes";
import { createUser } from "../helpers/factories";
import { mockedAuth, signInAs } from "../helpers/session";
import { loadSandboxRoutes, sandboxClient } from "./sandboxes-route-client";

vi.mock("@/lib/auth", () => ({ auth: mockedAuth }));
const routes = await loadSandboxRoutes();
const client = sandboxClient(routes);

let owner: { id: string };
beforeAll(async () => {
  owner = await createUser();
});

describe("POST /api/sandboxes/:id/operations on apigateway", () => {
  beforeEach(() => signInAs(owner));

  it("runs a mutation on the live sandbox and saves it under a new version", async () => {
    const { id } = await client.createOrThrow("apigw");
    const res = await client.operation(id, "apigateway", "createRestApi", { name: "pets" });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.output).toMatchObject({ name: "pets" });
    expect(res.body.output.id).toMatch(/^[a-z0-9]{10}$/);
    expect((await getSandboxOrThrow(id)).version).toBe(2);
    // The live copy serves it: the /aws endpoint and invoke URLs see the same engine.
    const live = await sandboxHost().load(id);
    expect(live.engine.controlPlane.getRestApi({ restApiId: res.body.output.id }).name).toBe("pets");
  });

  it("does not save after a read (Get*)", async () => {
    const { id } = await client.createOrThrow("reads");
    await client.op(id, "apigateway", "createRestApi", { name: "a" });
    const res = await client.operation(id, "apigateway", "getRestApis", {});
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.output.items.map((api: { name: string }) => api.name)).toEqual(["a"]);
    expect((await getSandboxOrThrow(id)).version).toBe(2);
  });

  it("answers AWS's exceptions with their own status and name", async () => {
    const { id } = await client.createOrThrow("errors");
    const missing = await client.operation(id, "apigateway", "getRestApi", { restApiId: "nosuchapi1" });
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: {
        code: "NOT_FOUND",
        message: "Invalid API identifier specified 123456789012:nosuchapi1",
        awsType: "NotFoundException",
        status: 404,
      },
    });
    const api = await client.op(id, "apigateway", "createRestApi", { name: "dup" });
    const resource = { restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" };
    await client.op(id, "apigateway", "createResource", resource);
    const conflict = await client.operation(id, "apigateway", "createResource", resource);
    expect(conflict.status).toBe(409);
    expect(conflict.body.error).toMatchObject({
      code: "CONFLICT",
      awsType: "ConflictException",
      status: 409,
    });
    const bad = await client.operation(id, "apigateway", "createResource", { ...resource, pathPart: "a b" });
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({
      code: "BAD_REQUEST",
      awsType: "BadRequestException",
      status: 400,
    });
  });

  it("refuses internal engine hooks and unknown operations with 400 naming them", async () => {
    const { id } = await client.createOrThrow("allowlist");
    for (const operation of [
      "recordQuotaUsage",
      "findApiKeyForRequest",
      "exportState",
      "restoreState",
      "constructor",
    ]) {
      const res = await client.operation(id, "apigateway", operation, {});
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("BAD_REQUEST");
      expect(res.body.error.message).toMatch(
        new RegExp(`^Unknown apigateway operation "${operation}"\\. The workbench runs: createRestApi, `),
      );
      expect(res.body.error.fields).toEqual({ operation: [`apigateway has no operation "${operation}".`] });
    }
    const service = await client.operation(id, "s3", "listBuckets", {});
    expect(service.status).toBe(400);
    expect(service.body.error.fields).toEqual({
      service: ["service is one of apigateway, cognito-idp, iam, lambda."],
    });
  });
});

describe("POST /api/sandboxes/:id/operations on cognito-idp", () => {
  beforeEach(() => signInAs(owner));

  it("manages a user pool and signs a user in", async () => {
    const { id } = await client.createOrThrow("cognito");
    const pool = (await client.op(id, "cognito-idp", "createUserPool", { PoolName: "learners" })).UserPool;
    const app = (
      await client.op(id, "cognito-idp", "createUserPoolClient", {
        UserPoolId: pool.Id,
        ClientName: "web",
        ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      })
    ).UserPoolClient;
    await client.op(id, "cognito-idp", "adminCreateUser", { UserPoolId: pool.Id, Username: "ada" });
    await client.op(id, "cognito-idp", "adminSetUserPassword", {
      UserPoolId: pool.Id,
      Username: "ada",
      Password: "Correct-horse-1",
      Permanent: true,
    });
    const listed = await client.operation(id, "cognito-idp", "listUsers", { UserPoolId: pool.Id });
    expect(listed.body.output.Users.map((u: { Username: string }) => u.Username)).toEqual(["ada"]);
    const signedIn = await client.op(id, "cognito-idp", "adminInitiateAuth", {
      UserPoolId: pool.Id,
      ClientId: app.ClientId,
      AuthFlow: "ADMIN_USER_PASSWORD_AUTH",
      AuthParameters: { USERNAME: "ada", PASSWORD: "Correct-horse-1" },
    });
    expect(signedIn.AuthenticationResult.IdToken.split(".")).toHaveLength(3);
  });

  it("answers Cognito's exceptions as 400 with their name, and refuses the OAuth endpoints", async () => {
    const { id } = await client.createOrThrow("cognito errors");
    const res = await client.operation(id, "cognito-idp", "describeUserPool", {
      UserPoolId: "us-east-1_nope",
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: "BAD_REQUEST",
      awsType: "ResourceNotFoundException",
      status: 400,
    });
    const oauth = await client.operation(id, "cognito-idp", "requestToken", {});
    expect(oauth.status).toBe(400);
    expect(oauth.body.error.fields).toEqual({ operation: ['cognito-idp has no operation "requestToken".'] });
  });
});

describe("POST /api/sandboxes/:id/operations on iam", () => {
  beforeEach(() => signInAs(owner));

  it("creates a user and an access key whose secret is answered once", async () => {
    const { id } = await client.createOrThrow("iam");
    const user = await client.op(id, "iam", "createUser", { UserName: "ci-bot" });
    expect(user.User).toMatchObject({
      UserName: "ci-bot",
      Path: "/",
      Arn: "arn:aws:iam::123456789012:user/ci-bot",
    });
    expect(user.User.UserId).toMatch(/^AIDA/);
    const key = (await client.op(id, "iam", "createAccessKey", { UserName: "ci-bot" })).AccessKey;
    expect(key).toMatchObject({ UserName: "ci-bot", Status: "Active" });
    expect(key.SecretAccessKey).toHaveLength(40);
    const listed = await client.op(id, "iam", "listAccessKeys", { UserName: "ci-bot" });
    expect(listed.AccessKeyMetadata).toEqual([
      { UserName: "ci-bot", AccessKeyId: key.AccessKeyId, Status: "Active", CreateDate: key.CreateDate },
    ]);
    const users = await client.op(id, "iam", "listUsers");
    expect(users.Users.map((u: { UserName: string }) => u.UserName).sort()).toEqual([
      "ci-bot",
      "sandbox-admin",
    ]);
  });

  it("answers IAM's errors with their code and status, and input errors with the member's name", async () => {
    const { id } = await client.createOrThrow("iam errors");
    await client.op(id, "iam", "createUser", { UserName: "twice" });
    const dup = await client.operation(id, "iam", "createUser", { UserName: "twice" });
    expect(dup.status).toBe(409);
    expect(dup.body.error).toEqual({
      code: "CONFLICT",
      message: "User with name twice already exists.",
      awsType: "EntityAlreadyExists",
      status: 409,
    });
    const missing = await client.operation(id, "iam", "getUser", { UserName: "ghost" });
    expect(missing.body.error).toMatchObject({ awsType: "NoSuchEntity", status: 404 });
    const noName = await client.operation(id, "iam", "createUser", { Username: "typo" });
    expect(noName.status).toBe(400);
    expect(noName.body.error.code).toBe("VALIDATION_FAILED");
    expect(Object.keys(noName.body.error.fields).sort()).toEqual(["input", "input.UserName"]);
    const policy = await client.operation(id, "iam", "putUserPolicy", {
      UserName: "twice",
      PolicyName: "p",
      PolicyDocument: { Statement: [{ Effect: "Maybe", Action: "*", Resource: "*" }] },
    });
    expect(policy.status).toBe(400);
    expect(policy.body.error.awsType).toBe("MalformedPolicyDocument");
  });
});

describe("POST /api/sandboxes/:id/operations on lambda", () => {
  beforeEach(() => signInAs(owner));

  it("creates a function from source, invokes it on the live sandbox, and answers Lambda's errors", async () => {
    const { id } = await client.createOrThrow("lambda");
    const created = await client.operation(id, "lambda", "createFunction", {
      FunctionName: "hi",
      Runtime: "nodejs22.x",
      Role: "arn:aws:iam::123456789012:role/lambda-basic-execution",
      Handler: "index.handler",
      Code: { Source: "export const handler = async () => ({ statusCode: 200, body: 'hi' });" },
    });
    expect(created.status).toBe(200);
    expect(created.body.version).toBe(2);
    const invoked = await client.operation(id, "lambda", "invoke", { FunctionName: "hi", Payload: "{}" });
    expect(invoked.status).toBe(200);
    expect(JSON.parse(invoked.body.output.Payload)).toEqual({ statusCode: 200, body: "hi" });
    const missing = await client.operation(id, "lambda", "getFunction", { FunctionName: "nope" });
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ awsType: "ResourceNotFoundException", status: 404 });
  });
});
