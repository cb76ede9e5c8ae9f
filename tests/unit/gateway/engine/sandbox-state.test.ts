import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

const lambdaUri =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello/invocations";

describe("sandbox state", () => {
  it("survives a JSON round trip: APIs, deployments, functions, tables, IAM users and backends", async () => {
    const clock = new VirtualClock();
    const first = await createGatewaySandbox({ clock, random: new SeededRandom(1) });
    first.deployFunction({
      functionName: "hello",
      code: 'export const handler = async () => ({ statusCode: 200, body: "hi" });',
    });
    const cp = first.controlPlane;
    const api = cp.createRestApi({ name: "kept" });
    cp.putMethod({
      restApiId: api.id,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      authorizationType: "NONE",
    });
    cp.putIntegration({
      restApiId: api.id,
      resourceId: api.rootResourceId,
      httpMethod: "GET",
      type: "AWS_PROXY",
      integrationHttpMethod: "POST",
      uri: lambdaUri,
    });
    cp.createDeployment({ restApiId: api.id, stageName: "prod" });
    await first.services.call("sqs", "CreateQueue", { QueueName: "jobs" });
    first.iam.createUser("alice");
    first.backends.defineScriptedBackend({
      name: "fixed",
      rules: [{ respond: { status: 200, body: { ok: true } } }],
    });
    const stored = JSON.parse(JSON.stringify(first.exportState()));
    first.dispose();

    const second = await createGatewaySandbox({ clock, random: new SeededRandom(2), state: stored });
    const res = await second.dataPlane.invoke({
      apiId: api.id,
      method: "GET",
      path: "/prod/",
      query: "",
      headers: [],
      body: null,
      sourceIp: "127.0.0.1",
    });
    expect(res.response.statusCode).toBe(200);
    expect(res.response.body).toBe("hi");
    expect(second.listFunctions().map((f) => f.functionName)).toEqual(["hello"]);
    expect(second.services.inspect.listQueueNames()).toEqual(["jobs"]);
    expect(second.iam.getUser("alice").userName).toBe("alice");
    expect(second.backends.listScriptedBackends().map((b) => b.name)).toEqual(["fixed"]);
    second.dispose();
  });
});
