/**
 * Test fixtures for the traffic generator: a learner's sandbox built through the control plane, copied for a
 * run as the app copies it (exportState -> createTrafficSandbox), and plan builders.
 */
import type { ControlPlane } from "@/lib/gateway/control";
import type { PatchOperation } from "@/lib/gateway/control/types";
import { createGatewaySandbox, type GatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { HostClock, SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createTrafficSandbox, type TrafficPlan, type TrafficSandbox } from "@/lib/gateway/traffic";

/** Thursday 1 January 2026, 00:00 UTC: quota DAY periods start at midnight UTC. */
export const START_MS = Date.UTC(2026, 0, 1);
export const HOST_CLOCK = new HostClock(() => performance.now());
export const MOCK_INTEGRATION = {
  type: "MOCK",
  requestTemplates: { "application/json": '{"statusCode": 200}' },
};
export const API_KEY_VALUE = "trafficKey0123456789abc";
export const OTHER_KEY_VALUE = "trafficKeyZZZZZZZZZZzzz";

export async function createLearnerSandbox(options: { withLambda?: boolean } = {}): Promise<GatewaySandbox> {
  return createGatewaySandbox({
    clock: new VirtualClock(START_MS),
    random: new SeededRandom(11),
    withoutLambda: !options.withLambda,
  });
}

/** A REST API with GET /pets answering `{"ok":true}` from a MOCK integration, deployed to `dev`. */
export function addMockApi(cp: ControlPlane, options: { apiKeyRequired?: boolean } = {}): string {
  const api = cp.createRestApi({ name: "traffic" });
  const pets = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" });
  const method = { restApiId: api.id, resourceId: pets.id, httpMethod: "GET" };
  cp.putMethod({ ...method, authorizationType: "NONE", apiKeyRequired: options.apiKeyRequired });
  cp.putIntegration({ ...method, ...MOCK_INTEGRATION });
  cp.putMethodResponse({ ...method, statusCode: "200" });
  cp.putIntegrationResponse({
    ...method,
    statusCode: "200",
    responseTemplates: { "application/json": '{"ok":true}' },
  });
  cp.createDeployment({ restApiId: api.id, stageName: "dev" });
  return api.id;
}

/** A REST API with GET /hello proxied to the Lambda function `hello`, deployed to `dev`. */
export function addLambdaProxyApi(sandbox: GatewaySandbox): string {
  sandbox.deployFunction({
    functionName: "hello",
    code: 'export const handler = async () => ({ statusCode: 200, body: JSON.stringify({ message: "hello" }) });',
  });
  const cp = sandbox.controlPlane;
  const api = cp.createRestApi({ name: "hello" });
  const hello = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "hello" });
  cp.putMethod({ restApiId: api.id, resourceId: hello.id, httpMethod: "GET", authorizationType: "NONE" });
  cp.putIntegration({
    restApiId: api.id,
    resourceId: hello.id,
    httpMethod: "GET",
    type: "AWS_PROXY",
    integrationHttpMethod: "POST",
    uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello/invocations",
  });
  cp.createDeployment({ restApiId: api.id, stageName: "dev" });
  return api.id;
}

export function patchStage(cp: ControlPlane, restApiId: string, patchOperations: PatchOperation[]): void {
  cp.updateStage({ restApiId, stageName: "dev", patchOperations });
}

/** An API key attached to a usage plan on the `dev` stage; answers the plan id. */
export function addKeyInPlan(
  cp: ControlPlane,
  restApiId: string,
  quota?: { limit: number; period: string },
): string {
  const key = cp.createApiKey({ name: "learner", enabled: true, value: API_KEY_VALUE });
  const plan = cp.createUsagePlan({ name: "basic", apiStages: [{ apiId: restApiId, stage: "dev" }], quota });
  cp.createUsagePlanKey({ usagePlanId: plan.id, keyId: key.id!, keyType: "API_KEY" });
  return plan.id;
}

/** The app's copy: stored state (through JSON, as the database keeps it) on a fresh clock at `now`. */
export async function copyForTraffic(
  sandbox: GatewaySandbox,
  options: { withLambda?: boolean; now?: number } = {},
): Promise<TrafficSandbox> {
  return createTrafficSandbox(JSON.parse(JSON.stringify(sandbox.exportState())), {
    now: options.now ?? START_MS,
    seed: 5,
    withoutLambda: !options.withLambda,
  });
}

export function petsPlan(restApiId: string, overrides: Partial<TrafficPlan> = {}): TrafficPlan {
  return {
    method: "GET",
    path: "/pets",
    stageName: "dev",
    restApiId,
    requests: 100,
    pattern: { kind: "constant", ratePerSecond: 10 },
    ...overrides,
  };
}
