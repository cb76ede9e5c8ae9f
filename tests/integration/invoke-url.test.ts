import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "@/lib/data/sandboxes";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createInvokeHandler } from "@/server/invoke/handle-invoke";
import { SandboxHost } from "@/lib/live-sandboxes/sandbox-host";
import { createUser } from "../helpers/factories";

let server: http.Server;
let base = "";
let apiId = "";

/** A sandbox with GET /pets/{id} (MOCK) and POST /echo (Lambda proxy), stored through lib/data. */
async function storeSandbox(userId: string): Promise<string> {
  const engine = await createGatewaySandbox({
    clock: new VirtualClock(),
    random: new SeededRandom(Date.now() % 100000),
  });
  engine.deployFunction({
    functionName: "echo",
    code: "export const handler = async (e) => ({ statusCode: 201, headers: { 'x-seen': e.path }, body: e.body });",
  });
  const cp = engine.controlPlane;
  const api = cp.createRestApi({ name: "invoke-url" });
  const pets = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" });
  const pet = cp.createResource({ restApiId: api.id, parentId: pets.id, pathPart: "{id}" });
  cp.putMethod({ restApiId: api.id, resourceId: pet.id, httpMethod: "GET", authorizationType: "NONE" });
  cp.putIntegration({
    restApiId: api.id,
    resourceId: pet.id,
    httpMethod: "GET",
    type: "MOCK",
    requestTemplates: { "application/json": '{"statusCode": 200}' },
  });
  cp.putMethodResponse({ restApiId: api.id, resourceId: pet.id, httpMethod: "GET", statusCode: "200" });
  cp.putIntegrationResponse({
    restApiId: api.id,
    resourceId: pet.id,
    httpMethod: "GET",
    statusCode: "200",
    responseTemplates: { "application/json": '{"id": "$input.params(\'id\')"}' },
  });
  const echo = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "echo" });
  cp.putMethod({ restApiId: api.id, resourceId: echo.id, httpMethod: "POST", authorizationType: "NONE" });
  cp.putIntegration({
    restApiId: api.id,
    resourceId: echo.id,
    httpMethod: "POST",
    type: "AWS_PROXY",
    integrationHttpMethod: "POST",
    uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:echo/invocations",
  });
  cp.createDeployment({ restApiId: api.id, stageName: "dev" });
  apiId = api.id;
  const stored = await createSandbox(userId, "test", engine.exportState(), [api.id]);
  engine.dispose();
  return stored.id;
}

beforeAll(async () => {
  const user = await createUser();
  await storeSandbox(user.id);
  const host = new SandboxHost({ maxLive: 10, ratePerSecond: 50, burst: 5 });
  const handle = createInvokeHandler(host, {
    ratePerSecond: 50,
    clientIp: (req) => req.socket.remoteAddress ?? "",
  });
  server = http.createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("invoke URLs over real HTTP", () => {
  it("answers a MOCK method with the engine's status, headers and body", async () => {
    const res = await fetch(`${base}/execute-api/${apiId}/dev/pets/42`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: "42" });
    expect(res.headers.get("x-amzn-requestid")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("runs a stored Lambda function behind a proxy integration", async () => {
    const res = await fetch(`${base}/execute-api/${apiId}/dev/echo`, { method: "POST", body: "hello" });
    expect(res.status).toBe(201);
    expect(res.headers.get("x-seen")).toBe("/echo");
    expect(await res.text()).toBe("hello");
  });

  it("answers 403 Missing Authentication Token for unknown APIs, stages and paths", async () => {
    for (const path of [
      "/execute-api/nosuchapi1/dev/pets/1",
      `/execute-api/${apiId}/prod/pets/1`,
      `/execute-api/${apiId}/dev/nothing`,
    ]) {
      const res = await fetch(base + path);
      expect(res.status).toBe(403);
      expect(await res.text()).toBe('{"message":"Missing Authentication Token"}');
    }
  });

  it("caps a sandbox's request rate with a 429 that names Gatewise's own limit", async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 20; i++) {
      const res = await fetch(`${base}/execute-api/${apiId}/dev/pets/1`);
      statuses.push(res.status);
      if (res.status === 429) limited = res;
      else await res.arrayBuffer();
    }
    expect(statuses).toContain(429);
    expect(limited?.headers.get("x-gatewise-limit")).toBe("sandbox-invoke-rate");
    expect(((await limited!.json()) as { detail: string }).detail).toContain("not an API Gateway quota");
  });
});

describe("write-behind of live sandboxes", () => {
  it("keeps usage-plan quota counts across a server restart", async () => {
    const user = await createUser();
    const engine = await createGatewaySandbox({
      clock: new VirtualClock(Date.now()),
      random: new SeededRandom(Date.now() % 99991),
    });
    const cp = engine.controlPlane;
    const api = cp.createRestApi({ name: "metered" });
    cp.putMethod({
      restApiId: api.id,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      authorizationType: "NONE",
      apiKeyRequired: true,
    });
    cp.putIntegration({
      restApiId: api.id,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    cp.putMethodResponse({
      restApiId: api.id,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      statusCode: "200",
    });
    cp.putIntegrationResponse({
      restApiId: api.id,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      statusCode: "200",
    });
    cp.createDeployment({ restApiId: api.id, stageName: "dev" });
    const key = cp.createApiKey({ name: "k", enabled: true, value: `quota-key-${Date.now()}-abcdefghij` });
    const plan = cp.createUsagePlan({
      name: "p",
      apiStages: [{ apiId: api.id, stage: "dev" }],
      quota: { limit: 2, period: "DAY" },
    });
    cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id!, keyType: "API_KEY" });
    await createSandbox(user.id, "metered", engine.exportState(), [api.id]);
    engine.dispose();

    const serve = async (host: SandboxHost) => {
      const handle = createInvokeHandler(host, { ratePerSecond: 100, clientIp: () => "127.0.0.1" });
      const s = http.createServer((req, res) => void handle(req, res));
      await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
      return {
        url: `http://127.0.0.1:${(s.address() as AddressInfo).port}/execute-api/${api.id}/dev/`,
        close: () => new Promise<void>((r) => s.close(() => r())),
      };
    };
    const first = new SandboxHost({ maxLive: 5, ratePerSecond: 100, burst: 100 });
    const a = await serve(first);
    expect((await fetch(a.url, { headers: { "x-api-key": key.value! } })).status).toBe(200);
    expect((await fetch(a.url, { headers: { "x-api-key": key.value! } })).status).toBe(200);
    expect(await first.flush()).toBe(1);
    await a.close();

    const restarted = new SandboxHost({ maxLive: 5, ratePerSecond: 100, burst: 100 });
    const b = await serve(restarted);
    const third = await fetch(b.url, { headers: { "x-api-key": key.value! } });
    expect(third.status).toBe(429);
    expect(await third.text()).toBe('{"message":"Limit Exceeded"}');
    await b.close();
  });
});
