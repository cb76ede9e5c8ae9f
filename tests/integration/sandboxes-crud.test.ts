import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { sandboxHost } from "@/lib/live-sandboxes";
import { createUser } from "../helpers/factories";
import { mockedAuth, signInAs } from "../helpers/session";
import { callRoute, loadSandboxRoutes, sandboxClient } from "./sandboxes-route-client";

vi.mock("@/lib/auth", () => ({ auth: mockedAuth }));
const routes = await loadSandboxRoutes();
const client = sandboxClient(routes);

type SandboxRoute = readonly [name: string, handler: unknown, method: string, suffix: string, body: unknown];

/** Every route with a sandbox id, as [name, handler, method, path suffix, body]. */
const SANDBOX_ROUTES: SandboxRoute[] = [
  ["GET /api/sandboxes/:id", routes.sandbox.GET, "GET", "", undefined],
  ["PATCH /api/sandboxes/:id", routes.sandbox.PATCH, "PATCH", "", { name: "x" }],
  ["DELETE /api/sandboxes/:id", routes.sandbox.DELETE, "DELETE", "", undefined],
  ["GET export", routes.exportRoute.GET, "GET", "/export", undefined],
  ["POST reset", routes.reset.POST, "POST", "/reset", undefined],
  ["GET snapshots", routes.snapshots.GET, "GET", "/snapshots", undefined],
  ["POST snapshots", routes.snapshots.POST, "POST", "/snapshots", { label: "x" }],
  [
    "POST operations",
    routes.operations.POST,
    "POST",
    "/operations",
    { service: "apigateway", operation: "getRestApis", input: {} },
  ],
  [
    "POST invoke",
    routes.invoke.POST,
    "POST",
    "/invoke",
    { restApiId: "abc123", stageName: "dev", method: "GET", path: "/" },
  ],
  ["GET metrics", routes.metrics.GET, "GET", "/metrics?restApiId=abc123", undefined],
  ["GET logs", routes.logs.GET, "GET", "/logs?kind=execution&restApiId=abc123&stage=dev", undefined],
  ["GET credentials", routes.credentials.GET, "GET", "/credentials", undefined],
  ["POST rotate", routes.rotate.POST, "POST", "/credentials/rotate", {}],
];

function callSandboxRoute(route: SandboxRoute, id: string) {
  const [, handler, method, suffix, body] = route;
  return callRoute(handler, { method, path: `/api/sandboxes/${id}${suffix}`, params: { id }, body });
}

describe("sandbox routes: who may call them", () => {
  beforeEach(() => signInAs(null));
  // One owner's sandbox and another user, shared by the 404 cases (users are slow to make: scrypt).
  let theirs: { id: string };
  let intruder: { id: string };
  beforeAll(async () => {
    signInAs(await createUser());
    theirs = await client.createOrThrow("theirs");
    intruder = await createUser();
  });

  it("answers 401 UNAUTHENTICATED to the collection when nobody is signed in", async () => {
    const list = await callRoute(routes.collection.GET);
    const create = await client.create({ name: "x" });
    expect([list.status, create.status]).toEqual([401, 401]);
    expect(list.body).toEqual({ error: { code: "UNAUTHENTICATED", message: "Sign in to continue." } });
  });

  it.each(SANDBOX_ROUTES)("answers 401 to %s when nobody is signed in", async (...route) => {
    const res = await callSandboxRoute(route, "any-id");
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe("UNAUTHENTICATED");
  });

  it.each(SANDBOX_ROUTES)(
    "answers 404 to %s for another user's sandbox, as for a missing one",
    async (...route) => {
      signInAs(intruder);
      const res = await callSandboxRoute(route, theirs.id);
      expect(res.status).toBe(404);
      expect(res.body.error).toEqual({ code: "NOT_FOUND", message: `No sandbox with id ${theirs.id}.` });
      const missing = await callSandboxRoute(route, "no-such-sandbox");
      expect(missing.status).toBe(404);
    },
  );

  it("refuses a cross-site create with 403 CSRF_REJECTED", async () => {
    signInAs(await createUser());
    const res = await callRoute(routes.collection.POST, {
      body: { name: "x" },
      headers: { origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("CSRF_REJECTED");
    expect((await callRoute(routes.collection.GET)).body.sandboxes).toEqual([]);
  });
});

describe("creating, listing, renaming and deleting sandboxes", () => {
  beforeEach(async () => signInAs(await createUser()));
  afterEach(() => {
    delete process.env.SANDBOXES_PER_USER;
    resetEnvCache();
  });

  it("creates an empty sandbox (201) and lists it with its API count", async () => {
    const res = await client.create({ name: "  First  " });
    expect(res.status).toBe(201);
    expect(res.body.sandbox).toMatchObject({ name: "First", version: 1, apiCount: 0 });
    expect(typeof res.body.sandbox.createdAt).toBe("string");
    const list = await callRoute(routes.collection.GET);
    expect(list.status).toBe(200);
    expect(list.body.sandboxes).toEqual([
      {
        id: res.body.sandbox.id,
        name: "First",
        version: 1,
        createdAt: res.body.sandbox.createdAt,
        updatedAt: res.body.sandbox.updatedAt,
        apiCount: 0,
      },
    ]);
  });

  it("answers 400 with field errors for a missing name or a bad from", async () => {
    const noName = await client.create({});
    expect(noName.status).toBe(400);
    expect(noName.body.error.fields).toEqual({ name: ["Give the sandbox a name."] });
    const tooLong = await client.create({ name: "x".repeat(81) });
    expect(tooLong.body.error.fields.name).toEqual(["Sandbox names are at most 80 characters."]);
    const badFrom = await client.create({ name: "x", from: 42 });
    expect(badFrom.status).toBe(400);
    expect(Object.keys(badFrom.body.error.fields)).toEqual(["from"]);
  });

  it("refuses a sandbox past SANDBOXES_PER_USER with 409 and a message saying what to do", async () => {
    process.env.SANDBOXES_PER_USER = "2";
    resetEnvCache();
    await client.createOrThrow("one");
    await client.createOrThrow("two");
    const third = await client.create({ name: "three" });
    expect(third.status).toBe(409);
    expect(third.body.error).toEqual({
      code: "CONFLICT",
      message:
        "You already have 2 sandboxes, the most one account may keep (SANDBOXES_PER_USER is 2). Delete one to make room.",
    });
    expect((await callRoute(routes.collection.GET)).body.sandboxes).toHaveLength(2);
  });

  it("gives each new sandbox its own sandbox-admin access key", async () => {
    const a = await client.createOrThrow("a");
    const b = await client.createOrThrow("b");
    const [ca, cb] = await Promise.all([client.credentials(a.id), client.credentials(b.id)]);
    expect(ca.body.credentials).toMatchObject({ sandboxId: a.id, userName: "sandbox-admin" });
    expect(ca.body.credentials.accessKeyId).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(ca.body.credentials.secretAccessKey).toHaveLength(40);
    expect(cb.body.credentials.accessKeyId).not.toBe(ca.body.credentials.accessKeyId);
  });

  it("renames a sandbox without changing its version, and checks the name", async () => {
    const { id } = await client.createOrThrow("before");
    const patch = (body: unknown) =>
      callRoute(routes.sandbox.PATCH, {
        method: "PATCH",
        path: `/api/sandboxes/${id}`,
        params: { id },
        body,
      });
    const renamed = await patch({ name: "after" });
    expect(renamed.status).toBe(200);
    expect(renamed.body.sandbox).toMatchObject({ id, name: "after", version: 1, apiCount: 0 });
    const bad = await patch({ name: "" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual({ name: ["Give the sandbox a name."] });
    expect((await client.get(id)).body.sandbox.name).toBe("after");
  });

  it("deletes a sandbox (204), drops its live copy, and then answers 404", async () => {
    const { id } = await client.createOrThrow("doomed");
    await client.op(id, "apigateway", "getRestApis");
    const liveBefore = sandboxHost().liveCount;
    const res = await callRoute(routes.sandbox.DELETE, {
      method: "DELETE",
      path: `/api/sandboxes/${id}`,
      params: { id },
    });
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
    expect(sandboxHost().liveCount).toBe(liveBefore - 1);
    expect((await client.get(id)).status).toBe(404);
  });
});

describe("GET /api/sandboxes/:id", () => {
  beforeEach(async () => signInAs(await createUser()));

  it("returns the state without IAM secrets or Cognito private keys", async () => {
    const { id } = await client.createOrThrow("secrets");
    const pool = await client.op(id, "cognito-idp", "createUserPool", { PoolName: "learners" });
    await client.op(id, "cognito-idp", "createUserPoolClient", {
      UserPoolId: pool.UserPool.Id,
      ClientName: "web",
      ExplicitAuthFlows: ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
    });
    await client.op(id, "iam", "createUser", { UserName: "ci-bot" });
    const botKey = await client.op(id, "iam", "createAccessKey", { UserName: "ci-bot" });
    const admin = (await client.credentials(id)).body.credentials;

    const res = await client.get(id);
    expect(res.status).toBe(200);
    expect(res.body.sandbox).toMatchObject({ id, name: "secrets", version: 5 });
    const text = JSON.stringify(res.body.state);
    expect(text).not.toContain(admin.secretAccessKey);
    expect(text).not.toContain(botKey.AccessKey.SecretAccessKey);
    expect(text).not.toContain("secretAccessKey");
    expect(text).not.toContain("privateJwk");
    expect(res.body.state.iam.accessKeys.map((k: { accessKeyId: string }) => k.accessKeyId).sort()).toEqual(
      [admin.accessKeyId, botKey.AccessKey.AccessKeyId].sort(),
    );
    const stored = res.body.state.userPools.userPools[pool.UserPool.Id];
    expect(stored.idTokenKey.publicJwk.kty).toBe("RSA");
    expect(stored.idTokenKey.privateJwk).toBeUndefined();
  });
});
