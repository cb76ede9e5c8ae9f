import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getSandboxOrThrow } from "@/lib/data/sandboxes";
import { resetEnvCache } from "@/lib/env";
import { sandboxHost } from "@/lib/live-sandboxes";
import { createUser } from "../helpers/factories";
import { mockedAuth, signInAs } from "../helpers/session";
import {
  buildMockApi,
  callRoute,
  loadSandboxRoutes,
  sandboxClient,
  type Json,
} from "./sandboxes-route-client";

// A small invoke bucket, read when this file's process creates its SandboxHost: each sandbox gets 5 requests.
process.env.INVOKE_BURST_LIMIT_PER_SANDBOX = "5";
process.env.INVOKE_RATE_LIMIT_PER_SANDBOX = "1";
resetEnvCache();

vi.mock("@/lib/auth", () => ({ auth: mockedAuth }));
const routes = await loadSandboxRoutes();
const client = sandboxClient(routes);

const metrics = (id: string, query: string) =>
  callRoute(routes.metrics.GET, { path: `/api/sandboxes/${id}/metrics?${query}`, params: { id } });
const logs = (id: string, query: string) =>
  callRoute(routes.logs.GET, { path: `/api/sandboxes/${id}/logs?${query}`, params: { id } });

let owner: { id: string };
beforeAll(async () => {
  owner = await createUser();
});

async function sandboxWithApi(name: string) {
  const { id } = await client.createOrThrow(name);
  return { id, ...(await buildMockApi(client, id)) };
}

describe("POST /api/sandboxes/:id/invoke", () => {
  beforeEach(() => signInAs(owner));

  it("runs the live data plane and answers the response with the execution trace", async () => {
    const { id, restApiId } = await sandboxWithApi("invoke");
    const res = await client.invoke(id, {
      restApiId,
      stageName: "dev",
      method: "get",
      path: "/pets/42",
      query: "?verbose=1",
      headers: { Accept: "application/json" },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 200,
      body: '{"id": "42"}',
      bodyBase64: false,
      errorType: null,
      cacheHit: null,
    });
    expect(res.body.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.latencyMs).toBeGreaterThanOrEqual(0);
    expect(res.body.headers).toContainEqual(["x-amzn-RequestId", res.body.requestId]);
    const stages = (res.body.trace as Json[]).map((entry) => entry.stage);
    expect(stages.slice(0, 2)).toEqual(["parseRequest", "routeRequest"]);
    expect(stages).toContain("invokeIntegration");
    // Marked for write-behind, like an invoke URL request.
    expect((await sandboxHost().load(id)).dirty).toBe(true);
  });

  it("answers the gateway's own response for an undeployed stage, and 400 for a bad request shape", async () => {
    const { id, restApiId } = await sandboxWithApi("invoke errors");
    const unknown = await client.invoke(id, { restApiId, stageName: "prod", method: "GET", path: "/pets/1" });
    expect(unknown.body).toMatchObject({ status: 403, body: '{"message":"Missing Authentication Token"}' });
    const bad = await client.invoke(id, { restApiId, stageName: "dev", method: "GET", path: "pets" });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(["path"]);
    const badBase64 = await client.invoke(id, {
      restApiId,
      stageName: "dev",
      method: "POST",
      path: "/pets/1",
      body: "not base64!",
      bodyBase64: true,
    });
    expect(badBase64.status).toBe(400);
    expect(badBase64.body.error.fields).toEqual({ body: ["With bodyBase64, the body must be base64 text."] });
  });

  it("counts against the sandbox's invoke bucket like its invoke URLs (429 past it)", async () => {
    const { id, restApiId } = await sandboxWithApi("bucket");
    const statuses: number[] = [];
    let limited: Awaited<ReturnType<typeof client.invoke>> | undefined;
    // The bucket refills 1 a second, so a slow machine may need a few more requests than the burst.
    while (!limited && statuses.length < 20) {
      const res = await client.invoke(id, { restApiId, stageName: "dev", method: "GET", path: "/pets/1" });
      statuses.push(res.status);
      if (res.status === 429) limited = res;
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(limited?.status).toBe(429);
    expect(limited!.headers.get("retry-after")).toBe("1");
    expect(limited!.body.error.code).toBe("RATE_LIMITED");
    expect(limited!.body.error.message).toContain("INVOKE_RATE_LIMIT_PER_SANDBOX");
  });
});

describe("GET /api/sandboxes/:id/metrics and /logs", () => {
  beforeEach(() => signInAs(owner));

  it("returns per-minute CloudWatch-style points after a few invokes", async () => {
    const { id, restApiId } = await sandboxWithApi("metrics");
    for (const path of ["/pets/1", "/pets/2", "/nothing"]) {
      await client.invoke(id, { restApiId, stageName: "dev", method: "GET", path });
    }
    const res = await metrics(id, `restApiId=${restApiId}&stage=dev&minutes=5`);
    expect(res.status).toBe(200);
    expect(res.body.dimensions).toEqual({ ApiName: "pets", Stage: "dev" });
    expect(res.body.periodSeconds).toBe(60);
    expect(res.body.end - res.body.start).toBe(5 * 60_000);
    const sum = (name: string) => (res.body.metrics[name] as Json[]).reduce((total, p) => total + p.Sum, 0);
    // The engine attributes metrics to a routed resource: the unrouted path is not counted.
    expect(sum("Count")).toBe(2);
    expect(sum("4XXError")).toBe(0);
    expect(sum("5XXError")).toBe(0);
    expect(res.body.metrics.Latency[0]).toMatchObject({ SampleCount: expect.any(Number) });
    expect(res.body.metrics.CacheHitCount).toEqual([]);

    const perMethod = await metrics(id, `restApiId=${restApiId}&stage=dev&method=GET&resource=/pets/{id}`);
    expect((perMethod.body.metrics.Count as Json[]).reduce((t, p) => t + p.Sum, 0)).toBe(2);
  });

  it("answers 400 for dimension levels CloudWatch does not have, and 404 for an unknown API", async () => {
    const { id } = await client.createOrThrow("metrics errors");
    const noStage = await metrics(id, "restApiId=abc&method=GET&resource=/");
    expect(noStage.status).toBe(400);
    expect(noStage.body.error.fields).toEqual({ stage: ["Per-method metrics need the stage too."] });
    const unknown = await metrics(id, "restApiId=nosuchapi1");
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.awsType).toBe("NotFoundException");
  });

  it("returns access and execution log lines once the stage writes them", async () => {
    const { id, restApiId } = await sandboxWithApi("logs");
    await client.op(id, "apigateway", "updateStage", {
      restApiId,
      stageName: "dev",
      patchOperations: [
        {
          op: "replace",
          path: "/accessLogSettings/format",
          value: "$context.requestId $context.httpMethod $context.status",
        },
        { op: "replace", path: "/*/*/logging/loglevel", value: "INFO" },
      ],
    });
    const { requestId } = (
      await client.invoke(id, { restApiId, stageName: "dev", method: "GET", path: "/pets/9" })
    ).body;
    const access = await logs(id, `kind=access&restApiId=${restApiId}&stage=dev`);
    expect(access.status).toBe(200);
    expect(access.body.group).toBe(`access-logs/${restApiId}/dev`);
    expect((access.body.events as Json[]).map((e) => e.message)).toEqual([`${requestId} GET 200`]);
    const execution = await logs(id, `kind=execution&restApiId=${restApiId}&stage=dev&limit=2`);
    expect(execution.body.group).toBe(`API-Gateway-Execution-Logs_${restApiId}/dev`);
    expect(execution.body.events).toHaveLength(2);
    expect(execution.body.events[0].message.startsWith(`(${requestId}) `)).toBe(true);

    const noStage = await logs(id, "kind=access");
    expect(noStage.body.error.fields).toEqual({
      restApiId: ["access logs need restApiId."],
      stage: ["access logs need stage."],
    });
    const noFunction = await logs(id, "kind=lambda&functionName=ghost");
    expect(noFunction.status).toBe(404);
    expect(noFunction.body.error.message).toBe("No Lambda function named ghost in this sandbox.");
  });

  it("does not change the stored version by reading metrics or logs", async () => {
    const { id, restApiId } = await sandboxWithApi("versions");
    const before = (await getSandboxOrThrow(id)).version;
    await metrics(id, `restApiId=${restApiId}`);
    await logs(id, `kind=execution&restApiId=${restApiId}&stage=dev`);
    expect((await getSandboxOrThrow(id)).version).toBe(before);
  });
});
