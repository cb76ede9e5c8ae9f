import { describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { apiGatewayRunner } from "@/lib/workbench/apigateway-runner";

describe("the workbench's TestInvokeMethod", () => {
  it("runs an undeployed MOCK method and answers the console's status, body and execution log", async () => {
    const engine = await createGatewaySandbox({
      clock: new VirtualClock(Date.UTC(2026, 10, 23)),
      random: new SeededRandom(7),
      withoutLambda: true,
    });
    const run = (operation: string, input: Record<string, unknown>) =>
      apiGatewayRunner.run(engine, operation, input) as Promise<Record<string, unknown>>;
    const api = await run("createRestApi", { name: "t" });
    const restApiId = api.id as string;
    const resourceId = api.rootResourceId as string;
    const ids = { restApiId, resourceId, httpMethod: "GET" };
    await run("putMethod", { ...ids, authorizationType: "NONE" });
    await run("putIntegration", {
      ...ids,
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    await run("putMethodResponse", { ...ids, statusCode: "200" });
    await run("putIntegrationResponse", {
      ...ids,
      statusCode: "200",
      responseTemplates: { "application/json": '{"ok": true}' },
    });

    const answer = await run("testInvokeMethod", { ...ids, pathWithQueryString: "/" });

    expect(answer.status).toBe(200);
    expect(answer.body).toBe('{"ok": true}');
    expect(answer.log).toContain("Method completed with status: 200");
    expect(apiGatewayRunner.operations).toContain("testInvokeMethod");
    expect(apiGatewayRunner.isReadOnly("testInvokeMethod")).toBe(false);
    engine.dispose();
  });
});
