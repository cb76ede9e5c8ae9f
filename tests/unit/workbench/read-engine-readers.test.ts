import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { readEngineLogs } from "@/lib/workbench/read-engine-logs";
import { readEngineMetrics } from "@/lib/workbench/read-engine-metrics";

const START = Date.UTC(2026, 0, 1, 12, 0, 30);

/** A deployed MOCK `GET /` on stage dev, called `calls` times a minute apart on a virtual clock. */
async function engineWithTraffic(calls: number) {
  const clock = new VirtualClock(START);
  const engine = await createGatewaySandbox({ clock, random: new SeededRandom(3), withoutLambda: true });
  const cp = engine.controlPlane;
  const api = cp.createRestApi({ name: "hello" });
  const method = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
  cp.putMethod({ ...method, authorizationType: "NONE" });
  cp.putIntegration({
    ...method,
    type: "MOCK",
    requestTemplates: { "application/json": '{"statusCode": 200}' },
  });
  cp.putMethodResponse({ ...method, statusCode: "200" });
  cp.putIntegrationResponse({ ...method, statusCode: "200" });
  cp.createDeployment({ restApiId: api.id, stageName: "dev" });
  for (let i = 0; i < calls; i++) {
    await engine.dataPlane.invoke({
      apiId: api.id,
      method: "GET",
      path: "/dev/",
      query: "",
      headers: [],
      body: null,
      sourceIp: "1.2.3.4",
    });
    clock.advance(60_000);
  }
  return { engine, restApiId: api.id };
}

describe("readEngineMetrics", () => {
  it("answers one point per minute over the window ending with the current minute", async () => {
    const { engine, restApiId } = await engineWithTraffic(3);
    const result = readEngineMetrics(engine, { restApiId, stage: "dev", minutes: "2" });
    expect(result.end).toBe(Date.UTC(2026, 0, 1, 12, 4));
    expect(result.start).toBe(Date.UTC(2026, 0, 1, 12, 2));
    expect(result.metrics.Count.map((p) => [p.Timestamp, p.Sum])).toEqual([[Date.UTC(2026, 0, 1, 12, 2), 1]]);
    const all = readEngineMetrics(engine, { restApiId });
    expect(all.metrics.Count.map((p) => p.Sum)).toEqual([1, 1, 1]);
  });

  it("fails with the app's 400 and field names for a bad query", async () => {
    const { engine } = await engineWithTraffic(0);
    expect(() => readEngineMetrics(engine, { minutes: "0" })).toThrow(AppError);
    try {
      readEngineMetrics(engine, { minutes: "0" });
    } catch (error) {
      expect(Object.keys((error as AppError).fields ?? {}).sort()).toEqual(["minutes", "restApiId"]);
    }
  });
});

describe("readEngineLogs", () => {
  it("answers an empty group for a stage that logs nothing, and 404 in AWS's words for an unknown stage", async () => {
    const { engine, restApiId } = await engineWithTraffic(1);
    expect(readEngineLogs(engine, { kind: "execution", restApiId, stage: "dev" })).toEqual({
      kind: "execution",
      group: `API-Gateway-Execution-Logs_${restApiId}/dev`,
      events: [],
    });
    try {
      readEngineLogs(engine, { kind: "access", restApiId, stage: "prod" });
      expect.unreachable();
    } catch (error) {
      expect((error as AppError).aws).toEqual({ type: "NotFoundException", status: 404 });
    }
  });
});
