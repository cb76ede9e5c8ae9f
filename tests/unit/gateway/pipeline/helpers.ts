import type { ApiSnapshot, Method, Resource, Stage } from "@/lib/gateway/control/types";
import type { DeployedStage, EngineEnv, InvocationContext } from "@/lib/gateway/pipeline/context";
import type { GatewayRequest } from "@/lib/gateway/pipeline/request";
import { AuthorizerResultCache } from "@/lib/gateway/authorizers/lambda";
import { StageCacheRegistry } from "@/lib/gateway/caching";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { ThrottleRegistry } from "@/lib/gateway/throttling";

export function mockMethod(httpMethod: Method["httpMethod"] = "GET", extra: Partial<Method> = {}): Method {
  return {
    httpMethod,
    authorizationType: "NONE",
    apiKeyRequired: false,
    methodIntegration: {
      type: "MOCK",
      timeoutInMillis: 29000,
      cacheKeyParameters: [],
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    },
    ...extra,
  };
}

export function snapshotOf(resources: Resource[]): ApiSnapshot {
  return {
    api: {
      id: "abc123defg",
      name: "test",
      createdDate: 0,
      apiKeySource: "HEADER",
      endpointConfiguration: { types: ["REGIONAL"] },
      disableExecuteApiEndpoint: false,
      rootResourceId: resources[0]?.id ?? "root",
    },
    resources,
    models: [],
    requestValidators: [],
    authorizers: [],
    gatewayResponses: [],
  };
}

export function stageOf(name: string, variables?: Record<string, string>): Stage {
  return {
    stageName: name,
    deploymentId: "dep001",
    cacheClusterEnabled: false,
    cacheClusterStatus: "NOT_AVAILABLE",
    methodSettings: {},
    variables,
    tracingEnabled: false,
    createdDate: 0,
    lastUpdatedDate: 0,
  };
}

export function envWith(stages: DeployedStage[], seed = 1): EngineEnv & { clock: VirtualClock } {
  const clock = new VirtualClock();
  return {
    clock,
    throttles: new ThrottleRegistry(clock.now()),
    caches: new StageCacheRegistry(),
    authorizerCache: new AuthorizerResultCache(),
    random: new SeededRandom(seed),
    accountId: "123456789012",
    region: "us-east-1",
    stages: {
      findStage: (apiId, name) => stages.find((s) => s.apiId === apiId && s.stage.stageName === name),
    },
  };
}

export function request(method: string, target: string, extra: Partial<GatewayRequest> = {}): GatewayRequest {
  const [path = "/", query = ""] = target.split("?");
  return {
    apiId: "abc123defg",
    method,
    path,
    query,
    headers: [],
    body: null,
    sourceIp: "203.0.113.7",
    ...extra,
  };
}

export function contextFor(env: EngineEnv, req: GatewayRequest): InvocationContext {
  return {
    env,
    request: req,
    requestId: "req-1",
    extendedRequestId: "ext-1=",
    receivedAt: env.clock.now(),
    trace: [],
  };
}
