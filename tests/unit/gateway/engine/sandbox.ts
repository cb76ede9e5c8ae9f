/**
 * A test sandbox: the control plane, the REST data plane and (optionally) the Lambda runtime and AWS
 * services wired together as the app wires them, plus a small builder for REST APIs.
 */
import type { ControlPlane } from "@/lib/gateway/control";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import type { PutIntegrationInput, PutMethodInput } from "@/lib/gateway/control";
import type { InvocationResult, RestDataPlane } from "@/lib/gateway/create-rest-data-plane";
import type { LambdaInvoker } from "@/lib/gateway/pipeline/context";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import type { AwsServices } from "@/lib/gateway/services";
import type { LambdaRuntime } from "@/lib/gateway/runtime";
import type { CognitoUserPools } from "@/lib/gateway/cognito";
import type { IamStore } from "@/lib/gateway/iam";
import type { HttpBackendRegistry } from "@/lib/gateway/backends";

export interface TestSandbox {
  clock: VirtualClock;
  cp: ControlPlane;
  dataPlane: RestDataPlane;
  services: AwsServices;
  backends: HttpBackendRegistry;
  userPools: CognitoUserPools;
  iam: IamStore;
  lambdaRuntime?: LambdaRuntime;
  dispose(): void;
  api(name?: string): ApiBuilder;
  call(
    apiId: string,
    method: string,
    target: string,
    init?: { headers?: Record<string, string> | Array<[string, string]>; body?: string | null },
  ): Promise<InvocationResult & { text: string; header(name: string): string | undefined }>;
}

export interface MethodSpec extends Omit<
  PutMethodInput,
  "restApiId" | "resourceId" | "httpMethod" | "authorizationType"
> {
  authorizationType?: string;
  integration: Omit<PutIntegrationInput, "restApiId" | "resourceId" | "httpMethod">;
  /** status code → integration response (selectionPattern, templates, parameters); method responses are created for each. */
  responses?: Record<
    string,
    {
      selectionPattern?: string;
      responseTemplates?: Record<string, string>;
      responseParameters?: Record<string, string>;
      methodResponseParameters?: Record<string, boolean>;
    }
  >;
}

export interface ApiBuilder {
  id: string;
  resource(path: string): string;
  method(path: string, httpMethod: string, spec: MethodSpec): ApiBuilder;
  deploy(stageName: string, variables?: Record<string, string>): ApiBuilder;
}

export async function createTestSandbox(
  options: { lambda?: LambdaInvoker; seed?: number; clock?: VirtualClock; withLambdaRuntime?: boolean } = {},
): Promise<TestSandbox> {
  const clock = options.clock ?? new VirtualClock();
  const random = new SeededRandom(options.seed ?? 7);
  const sandbox = await createGatewaySandbox({
    clock,
    random,
    lambda: options.lambda,
    withoutLambda: !options.withLambdaRuntime,
  });
  const { controlPlane: cp, dataPlane, services, backends } = sandbox;

  function api(name = "test-api"): ApiBuilder {
    const created = cp.createRestApi({ name });
    const id = created.id;
    const paths = new Map<string, string>([["/", created.rootResourceId]]);
    const builder: ApiBuilder = {
      id,
      resource(path) {
        if (paths.has(path)) return paths.get(path)!;
        const parentPath = path.slice(0, path.lastIndexOf("/")) || "/";
        const parentId = builder.resource(parentPath);
        const made = cp.createResource({
          restApiId: id,
          parentId,
          pathPart: path.slice(path.lastIndexOf("/") + 1),
        });
        paths.set(path, made.id);
        return made.id;
      },
      method(path, httpMethod, spec) {
        const resourceId = builder.resource(path);
        const { integration, responses, authorizationType = "NONE", ...method } = spec;
        cp.putMethod({ restApiId: id, resourceId, httpMethod, authorizationType, ...method });
        cp.putIntegration({ restApiId: id, resourceId, httpMethod, ...integration });
        for (const [statusCode, r] of Object.entries(responses ?? {})) {
          cp.putMethodResponse({
            restApiId: id,
            resourceId,
            httpMethod,
            statusCode,
            responseParameters: r.methodResponseParameters,
          });
          cp.putIntegrationResponse({
            restApiId: id,
            resourceId,
            httpMethod,
            statusCode,
            selectionPattern: r.selectionPattern,
            responseTemplates: r.responseTemplates,
            responseParameters: r.responseParameters,
          });
        }
        return builder;
      },
      deploy(stageName, variables) {
        cp.createDeployment({ restApiId: id, stageName, variables });
        return builder;
      },
    };
    return builder;
  }

  async function call(
    apiId: string,
    method: string,
    target: string,
    init: { headers?: Record<string, string> | Array<[string, string]>; body?: string | null } = {},
  ) {
    const [path = "/", query = ""] = target.split(/\?(.*)/s);
    const headers = Array.isArray(init.headers) ? init.headers : Object.entries(init.headers ?? {});
    const result = await dataPlane.invoke({
      apiId,
      method,
      path,
      query,
      headers,
      body: init.body == null ? null : new TextEncoder().encode(init.body),
      sourceIp: "203.0.113.7",
    });
    const body = result.response.body;
    const text = typeof body === "string" ? body : new TextDecoder().decode(body);
    const header = (name: string) =>
      result.response.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
    return { ...result, text, header };
  }

  return {
    clock,
    cp,
    dataPlane,
    services,
    backends,
    userPools: sandbox.userPools,
    iam: sandbox.iam,
    lambdaRuntime: sandbox.lambdaRuntime,
    dispose: sandbox.dispose,
    api,
    call,
  };
}
