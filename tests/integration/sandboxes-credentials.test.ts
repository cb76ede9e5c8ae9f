import http from "node:http";
import type { AddressInfo } from "node:net";
import { APIGatewayClient, GetRestApisCommand } from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { listSandboxKeySummaries } from "@/lib/data/sandbox-credentials";
import { sandboxCredentialsFor } from "@/lib/data/sandbox-provisioning";
import { sandboxHost } from "@/lib/live-sandboxes";
import { AWS_PREFIX, createAwsHandler } from "@/server/aws/handle-aws";
import { createUser } from "../helpers/factories";
import { mockedAuth, signInAs } from "../helpers/session";
import { callRoute, loadSandboxRoutes, sandboxClient } from "./sandboxes-route-client";

vi.mock("@/lib/auth", () => ({ auth: mockedAuth }));
const routes = await loadSandboxRoutes();
const client = sandboxClient(routes);

let server: http.Server;
let base = "";
let owner: { id: string };

beforeAll(async () => {
  owner = await createUser();
  // The AWS-compatible endpoint over the same process-wide live sandboxes the route handlers use.
  const aws = createAwsHandler(sandboxHost());
  server = http.createServer((req, res) => {
    if (req.url?.startsWith(AWS_PREFIX)) void aws(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const rotate = (id: string, body: unknown = {}) =>
  callRoute(routes.rotate.POST, { path: `/api/sandboxes/${id}/credentials/rotate`, params: { id }, body });

/** A GetRestApis call signed with SigV4 by the official SDK: resolves to its HTTP status. */
async function sdkStatus(sandboxId: string, accessKeyId: string, secretAccessKey: string): Promise<number> {
  const sdk = new APIGatewayClient({
    endpoint: `${base}/aws/${sandboxId}/apigateway`,
    region: "us-east-1",
    credentials: { accessKeyId, secretAccessKey },
    maxAttempts: 1,
  });
  try {
    const out = await sdk.send(new GetRestApisCommand({}));
    return out.$metadata.httpStatusCode ?? 0;
  } catch (error) {
    return (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? -1;
  }
}

describe("sandbox credentials", () => {
  beforeEach(() => signInAs(owner));

  it("shows the sandbox-admin secret only on request, and it signs SDK calls", async () => {
    const { id } = await client.createOrThrow("creds");
    const summaries = await listSandboxKeySummaries(owner.id);
    const summary = summaries.find((s) => s.sandboxId === id);
    expect(summary).toEqual({ sandboxId: id, name: "creds", accessKeyId: expect.stringMatching(/^AKIA/) });
    expect(JSON.stringify(summaries)).not.toContain("secret");

    const res = await client.credentials(id);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { credentials } = res.body;
    expect(credentials).toEqual({
      sandboxId: id,
      userName: "sandbox-admin",
      accessKeyId: summary!.accessKeyId,
      secretAccessKey: expect.stringMatching(/^[A-Za-z0-9+/]{40}$/),
    });
    expect(await sdkStatus(id, credentials.accessKeyId, credentials.secretAccessKey)).toBe(200);
  });

  it("rotates the key: the new one works at once and the old one is refused by SigV4", async () => {
    const { id } = await client.createOrThrow("rotate");
    const old = (await client.credentials(id)).body.credentials;
    expect(await sdkStatus(id, old.accessKeyId, old.secretAccessKey)).toBe(200);

    const res = await rotate(id);
    expect(res.status).toBe(200);
    expect(res.body.replacedAccessKeyId).toBe(old.accessKeyId);
    expect(res.body.version).toBe(2);
    const fresh = res.body.credentials;
    expect(fresh.accessKeyId).not.toBe(old.accessKeyId);
    expect(fresh.secretAccessKey).not.toBe(old.secretAccessKey);

    expect(await sdkStatus(id, old.accessKeyId, old.secretAccessKey)).toBe(403);
    expect(await sdkStatus(id, fresh.accessKeyId, fresh.secretAccessKey)).toBe(200);
    expect((await client.credentials(id)).body.credentials).toEqual(fresh);
    const keys = await client.op(id, "iam", "listAccessKeys", { UserName: "sandbox-admin" });
    expect(keys.AccessKeyMetadata.map((k: { AccessKeyId: string }) => k.AccessKeyId)).toEqual([
      fresh.accessKeyId,
    ]);
  });

  it("creates a key when sandbox-admin has none, and refuses a key id that is not sandbox-admin's", async () => {
    const { id } = await client.createOrThrow("no key");
    const old = (await client.credentials(id)).body.credentials;
    await client.op(id, "iam", "deleteAccessKey", {
      UserName: "sandbox-admin",
      AccessKeyId: old.accessKeyId,
    });
    const none = await client.credentials(id);
    expect(none.status).toBe(404);
    expect(none.body.error.message).toBe(
      `Sandbox ${id} has no sandbox-admin access key. Rotate the key to create one.`,
    );

    const wrong = await rotate(id, { accessKeyId: "AKIANOTAKEY000000000" });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.fields).toEqual({ accessKeyId: ["Not one of sandbox-admin's keys."] });

    const created = await rotate(id);
    expect(created.status).toBe(200);
    expect(created.body.replacedAccessKeyId).toBeNull();
    const { accessKeyId, secretAccessKey } = created.body.credentials;
    expect(await sdkStatus(id, accessKeyId, secretAccessKey)).toBe(200);
  });

  it("keeps npm run sandbox:credentials working: the first sandbox's current key", async () => {
    const user = await createUser();
    signInAs(user);
    const { id } = await client.createOrThrow("first");
    const rotated = (await rotate(id)).body.credentials;
    expect(await sandboxCredentialsFor(user.id)).toEqual({
      sandboxId: id,
      accessKeyId: rotated.accessKeyId,
      secretAccessKey: rotated.secretAccessKey,
    });
  });
});
