import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser } from "../helpers/factories";
import { mockedAuth, signInAs } from "../helpers/session";
import {
  buildMockApi,
  callRoute,
  loadSandboxRoutes,
  sandboxClient,
  type Json,
} from "./sandboxes-route-client";

vi.mock("@/lib/auth", () => ({ auth: mockedAuth }));
const routes = await loadSandboxRoutes();
const client = sandboxClient(routes);

const exportOf = (id: string) =>
  callRoute(routes.exportRoute.GET, { path: `/api/sandboxes/${id}/export`, params: { id } });
const remove = (id: string) =>
  callRoute(routes.sandbox.DELETE, { method: "DELETE", path: `/api/sandboxes/${id}`, params: { id } });

/** Resource paths and methods of every API, as GetResources shows them: what an import must keep. */
async function apiShape(sandboxId: string) {
  const apis = (await client.op(sandboxId, "apigateway", "getRestApis")).items as Json[];
  const shape: Record<string, string[]> = {};
  for (const api of apis) {
    const resources = await client.op(sandboxId, "apigateway", "getResources", {
      restApiId: api.id,
      embed: ["methods"],
    });
    shape[`${api.id} ${api.name}`] = (resources.items as Json[])
      .map((r) =>
        `${r.path} ${Object.keys(r.resourceMethods ?? {})
          .sort()
          .join(",")}`.trim(),
      )
      .sort();
  }
  return shape;
}

/** A sandbox with a deployed MOCK API, a user pool, and an IAM user with a key. */
async function richSandbox(name: string) {
  const { id } = await client.createOrThrow(name);
  const api = await buildMockApi(client, id, "pets-api");
  const pool = await client.op(id, "cognito-idp", "createUserPool", { PoolName: "learners" });
  await client.op(id, "cognito-idp", "adminCreateUser", {
    UserPoolId: pool.UserPool.Id,
    Username: "ada",
    TemporaryPassword: "Temp-pass-123",
  });
  await client.op(id, "iam", "createUser", { UserName: "ci-bot" });
  const botKey = (await client.op(id, "iam", "createAccessKey", { UserName: "ci-bot" })).AccessKey;
  const admin = (await client.credentials(id)).body.credentials;
  return { id, api, poolId: pool.UserPool.Id as string, botKey, admin };
}

describe("GET /api/sandboxes/:id/export", () => {
  beforeEach(async () => signInAs(await createUser()));

  it("downloads the sandbox as a gatewise-sandbox document without working credentials", async () => {
    const sandbox = await richSandbox("My API: v1/β");
    const res = await exportOf(sandbox.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="My API_ v1__.gatewise-sandbox.json"',
    );
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(Object.keys(res.body)).toEqual(["format", "formatVersion", "exportedAt", "name", "state"]);
    expect(res.body).toMatchObject({ format: "gatewise-sandbox", formatVersion: 1, name: "My API: v1/β" });
    expect(Date.parse(res.body.exportedAt)).not.toBeNaN();
    const text = JSON.stringify(res.body);
    for (const secret of [sandbox.admin.secretAccessKey, sandbox.botKey.SecretAccessKey]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toContain("secretAccessKey");
    expect(text).not.toContain("privateJwk");
    const pool = res.body.state.userPools.userPools[sandbox.poolId];
    expect(pool.users.ada.username).toBe("ada");
    expect(pool.refreshTokens).toEqual({});
  });
});

describe("POST /api/sandboxes with from: an exported document", () => {
  beforeEach(async () => signInAs(await createUser()));

  it("refuses to import while another sandbox owns its REST API ids (409), then imports once it is deleted", async () => {
    const original = await richSandbox("original");
    const shape = await apiShape(original.id);
    const document = (await exportOf(original.id)).body;

    const clash = await client.create({ name: "copy", from: document });
    expect(clash.status).toBe(409);
    expect(clash.body.error.code).toBe("CONFLICT");
    expect(clash.body.error.message).toContain(
      `REST API id ${original.api.restApiId} already belongs to another sandbox`,
    );

    expect((await remove(original.id)).status).toBe(204);
    const imported = await client.create({ from: document });
    expect(imported.status).toBe(201);
    expect(imported.body.sandbox).toMatchObject({ name: "original", version: 1, apiCount: 1 });
    const id = imported.body.sandbox.id as string;
    expect(await apiShape(id)).toEqual(shape);

    // The deployment came along: the imported API answers at once.
    const invoked = await client.invoke(id, {
      restApiId: original.api.restApiId,
      stageName: "dev",
      method: "GET",
      path: "/pets/7",
    });
    expect(invoked.body).toMatchObject({ status: 200, body: '{"id": "7"}' });
  });

  it("gives the import fresh credentials: new sandbox-admin and IAM keys, new signing keys", async () => {
    const original = await richSandbox("keys");
    const document = (await exportOf(original.id)).body;
    await remove(original.id);
    const imported = await client.create({ name: "keys again", from: document });
    const id = imported.body.sandbox.id as string;

    const admin = (await client.credentials(id)).body.credentials;
    expect(admin.accessKeyId).toMatch(/^AKIA/);
    expect(admin.accessKeyId).not.toBe(original.admin.accessKeyId);
    expect(admin.secretAccessKey).not.toBe(original.admin.secretAccessKey);
    const botKeys = (await client.op(id, "iam", "listAccessKeys", { UserName: "ci-bot" })).AccessKeyMetadata;
    expect(botKeys).toHaveLength(1);
    expect(botKeys[0].AccessKeyId).not.toBe(original.botKey.AccessKeyId);
    expect(botKeys[0].Status).toBe("Active");

    const exportedPool = document.state.userPools.userPools[original.poolId];
    const state = (await client.get(id)).body.state;
    const pool = state.userPools.userPools[original.poolId];
    expect(pool.idTokenKey.kid).not.toBe(exportedPool.idTokenKey.kid);
    expect(pool.accessTokenKey.kid).not.toBe(exportedPool.accessTokenKey.kid);
    expect(pool.users.ada.username).toBe("ada");
  });

  it("keeps Lambda functions and refuses a bad one with 400 naming it", async () => {
    const { id } = await client.createOrThrow("lambda");
    const document = (await exportOf(id)).body;
    await remove(id);
    document.state.functions = [
      {
        functionName: "hello",
        code: "export const handler = async () => ({ statusCode: 200, body: 'hi' });",
      },
    ];
    const ok = await client.create({ name: "with a function", from: document });
    expect(ok.status).toBe(201);
    const stored = (await client.get(ok.body.sandbox.id)).body.state;
    expect(stored.functions.map((f: Json) => f.functionName)).toEqual(["hello"]);

    document.state.functions.push({ functionName: "old", code: "x", runtime: "python3.12" });
    const bad = await client.create({ name: "bad function", from: document });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("VALIDATION_FAILED");
    expect(bad.body.error.fields).toEqual({
      "from.state.functions.1": ["The runtime parameter of python3.12 is not supported by this simulator."],
    });
  });

  it("answers 400 naming the envelope field or the state part that is wrong", async () => {
    const { id } = await client.createOrThrow("envelope");
    const document = (await exportOf(id)).body;

    const wrongFormat = await client.create({ name: "x", from: { ...document, format: "something-else" } });
    expect(wrongFormat.status).toBe(400);
    expect(wrongFormat.body.error.fields).toEqual({
      "from.format": ['Not a Gatewise sandbox export: "format" must be "gatewise-sandbox".'],
    });

    const noState = await client.create({
      name: "x",
      from: { format: "gatewise-sandbox", formatVersion: 1 },
    });
    expect(Object.keys(noState.body.error.fields)).toEqual(["from.state"]);

    const badIam = await client.create({
      name: "x",
      from: { ...document, state: { ...document.state, iam: { users: 1 } } },
    });
    expect(badIam.status).toBe(400);
    expect(Object.keys(badIam.body.error.fields)).toEqual(["from.state.iam"]);
    expect(badIam.body.error.message).toBe("The sandbox document is not valid: check from.state.iam.");

    const badApis = await client.create({
      name: "x",
      from: { ...document, state: { ...document.state, controlPlane: { version: 2, restApis: [] } } },
    });
    expect(badApis.body.error.fields["from.state.controlPlane"]?.[0]).toContain("Not a control-plane state");
  });
});
