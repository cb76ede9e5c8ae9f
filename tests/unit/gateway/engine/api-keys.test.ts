import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createTestSandbox } from "./sandbox";

const MOCK = { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } };

async function keyedApi(quota?: { limit: number; period: string }) {
  const sb = await createTestSandbox();
  const api = sb
    .api()
    .method("/pets", "GET", {
      apiKeyRequired: true,
      integration: MOCK,
      responses: {
        "200": { responseTemplates: { "application/json": '{"key": "$context.identity.apiKeyId"}' } },
      },
    })
    .method("/open", "GET", { integration: MOCK, responses: { "200": {} } })
    .deploy("dev");
  const key = sb.cp.createApiKey({ name: "learner", enabled: true, value: "abcdefghij0123456789XYZ" });
  const plan = sb.cp.createUsagePlan({ name: "basic", apiStages: [{ apiId: api.id, stage: "dev" }], quota });
  sb.cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id!, keyType: "API_KEY" });
  return { sb, api, key, plan };
}

describe("API keys and usage plans through the pipeline", () => {
  it("answers 403 Forbidden without a key, with an unknown key, and with a disabled key", async () => {
    const { sb, api, key } = await keyedApi();
    for (const headers of [{}, { "x-api-key": "not-a-key-not-a-key-000" }] as Record<string, string>[]) {
      const res = await sb.call(api.id, "GET", "/dev/pets", { headers });
      expect(res.response.statusCode).toBe(403);
      expect(res.text).toBe('{"message":"Forbidden"}');
      expect(res.header("x-amzn-ErrorType")).toBe("ForbiddenException");
    }
    sb.cp.updateApiKey({
      apiKey: key.id!,
      patchOperations: [{ op: "replace", path: "/enabled", value: "false" }],
    });
    expect(
      (await sb.call(api.id, "GET", "/dev/pets", { headers: { "x-api-key": key.value! } })).response
        .statusCode,
    ).toBe(403);
  });

  it("lets a key of a plan bound to the stage through, and exposes its id in $context.identity", async () => {
    const { sb, api, key } = await keyedApi();
    const res = await sb.call(api.id, "GET", "/dev/pets", { headers: { "X-API-Key": key.value! } });
    expect(res.response.statusCode).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ key: key.id });
    expect((await sb.call(api.id, "GET", "/dev/open")).response.statusCode).toBe(200);
  });

  it("answers 429 Limit Exceeded past the quota, and keeps the count across a restart from stored state", async () => {
    const { sb, api, key } = await keyedApi({ limit: 2, period: "DAY" });
    const call = () => sb.call(api.id, "GET", "/dev/pets", { headers: { "x-api-key": key.value! } });
    expect((await call()).response.statusCode).toBe(200);
    expect((await call()).response.statusCode).toBe(200);
    const over = await call();
    expect(over.response.statusCode).toBe(429);
    expect(over.text).toBe('{"message":"Limit Exceeded"}');
    expect(over.header("x-amzn-ErrorType")).toBe("LimitExceededException");

    const stored = JSON.parse(JSON.stringify(sb.cp.exportState()));
    const clock = new VirtualClock(sb.clock.now());
    const rebuilt = await createGatewaySandbox({ clock, random: new SeededRandom(9), withoutLambda: true });
    rebuilt.controlPlane.restoreState(stored);
    const again = await rebuilt.dataPlane.invoke({
      apiId: api.id,
      method: "GET",
      path: "/dev/pets",
      query: "",
      headers: [["x-api-key", key.value!]],
      body: null,
      sourceIp: "203.0.113.7",
    });
    expect(again.response.statusCode).toBe(429);
    clock.advance(24 * 3600 * 1000);
    const nextDay = await rebuilt.dataPlane.invoke({
      apiId: api.id,
      method: "GET",
      path: "/dev/pets",
      query: "",
      headers: [["x-api-key", key.value!]],
      body: null,
      sourceIp: "203.0.113.7",
    });
    expect(nextDay.response.statusCode).toBe(200);
  });
});
