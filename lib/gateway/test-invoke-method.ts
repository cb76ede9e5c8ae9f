/**
 * TestInvokeMethod: runs one method of a REST API through the data plane as it is configured now, not
 * as deployed, the way the console's Test tab does. Authorization, API keys, throttling and caching are
 * skipped [DOC]; the answer carries the execution log in the console's format.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_TestInvokeMethod.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-test-method.html
 */
import { toJavaDateString } from "./authorizers/cognito";
import type { ControlPlaneOperations } from "./control";
import type { ApiSnapshot, Method, MethodVerb, Resource, Stage } from "./control/types";
import { ApiConfigurationError } from "./errors";
import type { DeployedStage, EngineEnv, InvocationContext } from "./pipeline/context";
import type { GatewayHttpResponse } from "./pipeline/request";
import { REST_PIPELINE } from "./pipeline/rest-stages";
import { runPipeline, type PipelineStage } from "./pipeline/run-pipeline";
import type { StageName } from "./pipeline/trace";
import { traceStage, traceValue } from "./pipeline/trace";
import { randomString, randomUuid } from "./ports";
import { renderGatewayResponse } from "./responses/render-gateway-response";
import { buildRouteTable } from "./routing/route-table";

export interface TestInvokeMethodInput {
  restApiId: string;
  resourceId: string;
  httpMethod: string;
  /** `/pets/1?type=dog`; the resource's own path when absent. */
  pathWithQueryString?: string;
  body?: string;
  headers?: Record<string, string>;
  multiValueHeaders?: Record<string, string[]>;
  clientCertificateId?: string;
  stageVariables?: Record<string, string>;
}

export interface TestInvokeMethodOutput {
  status: number;
  body: string;
  headers: Record<string, string>;
  multiValueHeaders: Record<string, string[]>;
  log: string;
  /** Milliseconds, on the sandbox's clock. */
  latency: number;
}

/** What a test invocation needs of a sandbox. */
export interface TestInvokeSandbox {
  controlPlane: Pick<ControlPlaneOperations, "getMethod" | "getRestApiSnapshot">;
  dataPlane: { readonly env: EngineEnv };
}

/** The stage name a test invocation sees in `$context.stage` [3P: console test events]. */
export const TEST_INVOKE_STAGE = "test-invoke-stage";
const SKIPPED_STAGES: ReadonlySet<StageName> = new Set<StageName>([
  "checkResourcePolicy",
  "authorizeRequest",
  "validateApiKey",
  "throttleRequest",
  "lookupCache",
  "storeCache",
]);

/**
 * TestInvokeMethod over one sandbox: the method as configured now, through the data plane's stages
 * from parsing to the method response, without authorization, API keys, throttling or caching.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_TestInvokeMethod.html
 */
export async function testInvokeMethod(
  sandbox: TestInvokeSandbox,
  input: TestInvokeMethodInput,
): Promise<TestInvokeMethodOutput> {
  // The method must exist as named (no ANY fallback): NotFoundException otherwise, as AWS answers.
  sandbox.controlPlane.getMethod(input);
  const snapshot = sandbox.controlPlane.getRestApiSnapshot({ restApiId: input.restApiId });
  const resource = snapshot.resources.find((candidate) => candidate.id === input.resourceId) as Resource;
  const method = resource.resourceMethods?.[input.httpMethod as MethodVerb] as Method;
  const env = sandbox.dataPlane.env;
  const ctx: InvocationContext = {
    env,
    request: toGatewayRequest(input, resource),
    requestId: randomUuid(env.random),
    extendedRequestId: `${randomString(env.random, 15)}=`,
    receivedAt: env.clock.now(),
    trace: [],
  };
  const deployed: DeployedStage = {
    apiId: input.restApiId,
    stage: toTestInvokeStage(input.stageVariables ?? {}),
    deploymentId: "test-invoke-deployment-id",
    snapshot: snapshot as ApiSnapshot,
  };
  const route = routeTestInvocation(deployed, resource, method);
  // Without the quiet lines: the log shows what happened, as the console's does.
  const stages = REST_PIPELINE.filter((stage) => !SKIPPED_STAGES.has(stage.name)).map(
    (stage): PipelineStage => (stage.name === "routeRequest" ? route : { name: stage.name, run: stage.run }),
  );
  const response = await runPipeline(ctx, stages, renderGatewayResponse);
  return toOutput(ctx, response);
}

/** Routing is given: the named resource and method, path parameters read from the test path. */
function routeTestInvocation(deployed: DeployedStage, resource: Resource, method: Method): PipelineStage {
  return {
    name: "routeRequest",
    run(ctx) {
      const parsed = ctx.parsed!;
      // A path that does not fit the resource gives no path parameters rather than an error [LS; UNVERIFIED].
      const match = buildRouteTable([resource]).match(parsed.path);
      const stageVariables = { ...deployed.stage.variables };
      const pathParameters = match?.pathParameters ?? null;
      ctx.routed = {
        deployed,
        snapshot: deployed.snapshot,
        isCanary: false,
        stageVariables,
        resource,
        method,
        pathParameters,
      };
      traceStage(
        ctx,
        "routeRequest",
        `Method request path: ${traceValue(pathParameters ?? {})}`,
        `Method request query string: ${traceValue(Object.fromEntries(parsed.query))}`,
        `Method request headers: ${traceValue(parsed.headers.toSingleValue())}`,
        `Method request body before transformations: ${traceValue(parsed.body ?? "")}`,
      );
      if (method.methodIntegration) return;
      const reason = "No integration defined for method";
      traceStage(ctx, "routeRequest", `Execution failed due to configuration error: ${reason}`).decisive =
        true;
      throw new ApiConfigurationError(reason);
    },
  };
}

function toGatewayRequest(input: TestInvokeMethodInput, resource: Resource): InvocationContext["request"] {
  const target = input.pathWithQueryString || resource.path;
  const queryAt = target.indexOf("?");
  const path = queryAt >= 0 ? target.slice(0, queryAt) : target;
  const multi = input.multiValueHeaders ?? {};
  const headers: Array<[string, string]> = Object.entries(multi).flatMap(([name, values]) =>
    values.map((value): [string, string] => [name, value]),
  );
  for (const [name, value] of Object.entries(input.headers ?? {}))
    if (!(name in multi)) headers.push([name, value]);
  return {
    apiId: input.restApiId,
    method: input.httpMethod,
    path: `/${TEST_INVOKE_STAGE}${path.startsWith("/") ? path : `/${path}`}`,
    query: queryAt >= 0 ? target.slice(queryAt + 1) : "",
    headers,
    body: input.body ? new TextEncoder().encode(input.body) : null,
    sourceIp: "test-invoke-source-ip",
  };
}

function toTestInvokeStage(variables: Record<string, string>): Stage {
  return {
    stageName: TEST_INVOKE_STAGE,
    deploymentId: "test-invoke-deployment-id",
    cacheClusterEnabled: false,
    cacheClusterStatus: "NOT_AVAILABLE",
    methodSettings: {},
    variables: { ...variables },
    tracingEnabled: false,
    createdDate: 0,
    lastUpdatedDate: 0,
  };
}

function toOutput(ctx: InvocationContext, response: GatewayHttpResponse): TestInvokeMethodOutput {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  for (const [name, value] of response.headers) {
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const body = typeof response.body === "string" ? response.body : new TextDecoder().decode(response.body);
  return {
    status: response.statusCode,
    body,
    headers,
    multiValueHeaders,
    log: toExecutionLog(ctx, response.statusCode),
    latency: ctx.env.clock.now() - ctx.receivedAt,
  };
}

/**
 * The console's execution log: "Execution log for request <id>", then `<date> : <line>` for every
 * trace line, ending "Method completed with status: 200" [LS test_invoke.py, modelled on AWS].
 */
const COMPLETED = "Method completed with status:";

export function toExecutionLog(ctx: InvocationContext, status: number): string {
  const lines = [`Execution log for request ${ctx.requestId}`];
  const stamp = (atMs: number) => toJavaDateString(Math.floor((ctx.receivedAt + atMs) / 1000));
  for (const entry of ctx.trace)
    for (const line of entry.lines)
      if (!line.startsWith(COMPLETED)) lines.push(`${stamp(entry.atMs)} : ${line}`);
  const end = stamp(ctx.env.clock.now() - ctx.receivedAt);
  if (!ctx.error) lines.push(`${end} : Successfully completed execution`);
  lines.push(`${end} : ${COMPLETED} ${status}`);
  return `${lines.join("\n")}\n`;
}
