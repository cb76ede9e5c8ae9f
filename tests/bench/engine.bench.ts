/**
 * Requests per second through the whole REST pipeline, one process, virtual time (issue 3 target: MOCK
 * ≥ 20,000 req/s, warm Lambda proxy ≥ 5,000 req/s on 2 cores; routing among 1,000 resources within 20% of
 * routing among 10). Run: npm run bench:engine   (BENCH_MS to change the time per case)
 */
import { createControlPlane } from "../../lib/gateway/control";
import { createRestDataPlane } from "../../lib/gateway/create-rest-data-plane";
import type { GatewayRequest } from "../../lib/gateway/pipeline/request";
import { SeededRandom, VirtualClock } from "../../lib/gateway/ports";
import { createLambdaRuntime } from "../../lib/gateway/runtime";

const BENCH_MS = Number(process.env.BENCH_MS ?? 2000);
const MOCK = { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } };
const lambdaUri =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello/invocations";

async function setup(
  resourceCount: number,
  options: { lambda?: boolean; cache?: boolean; throttle?: boolean } = {},
) {
  const clock = new VirtualClock();
  const random = new SeededRandom(1);
  // 1,000 resources need a raised quota (AWS default 300, increasable through Service Quotas).
  const cp = createControlPlane({
    clock,
    random,
    accountId: "123456789012",
    region: "us-east-1",
    quotas: { resourcesPerApi: 2 * resourceCount + 1 },
  });
  const runtime = options.lambda ? await createLambdaRuntime({ clock, random }) : undefined;
  runtime?.deployFunction({
    functionName: "hello",
    code: 'export const handler = async () => ({ statusCode: 200, body: JSON.stringify({ message: "hello" }) });',
  });
  const dataPlane = createRestDataPlane({
    clock,
    random,
    accountId: "123456789012",
    region: "us-east-1",
    stages: cp,
    lambda: runtime && { invoke: (n, p) => runtime.invoke(n, p) },
  });
  const api = cp.createRestApi({ name: "bench" });
  let target = "";
  for (let i = 0; i < resourceCount; i++) {
    const parent = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: `r${i}` });
    const child = cp.createResource({ restApiId: api.id, parentId: parent.id, pathPart: "{id}" });
    cp.putMethod({ restApiId: api.id, resourceId: child.id, httpMethod: "GET", authorizationType: "NONE" });
    if (options.lambda)
      cp.putIntegration({
        restApiId: api.id,
        resourceId: child.id,
        httpMethod: "GET",
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: lambdaUri,
      });
    else {
      cp.putIntegration({ restApiId: api.id, resourceId: child.id, httpMethod: "GET", ...MOCK });
      cp.putMethodResponse({ restApiId: api.id, resourceId: child.id, httpMethod: "GET", statusCode: "200" });
      cp.putIntegrationResponse({
        restApiId: api.id,
        resourceId: child.id,
        httpMethod: "GET",
        statusCode: "200",
        responseTemplates: { "application/json": '{"id": "$input.params(\'id\')"}' },
      });
    }
    if (i === Math.floor(resourceCount / 2)) target = `/prod/r${i}/42`;
  }
  cp.createDeployment({ restApiId: api.id, stageName: "prod" });
  const ops = [
    ...(options.cache
      ? [
          { op: "replace" as const, path: "/cacheClusterEnabled", value: "true" },
          { op: "replace" as const, path: "/cacheClusterSize", value: "0.5" },
          { op: "replace" as const, path: "/*/*/caching/enabled", value: "true" },
        ]
      : []),
    ...(options.throttle
      ? [
          { op: "replace" as const, path: "/*/*/throttling/rateLimit", value: "1000" },
          { op: "replace" as const, path: "/*/*/throttling/burstLimit", value: "500" },
        ]
      : []),
  ];
  if (ops.length) cp.updateStage({ restApiId: api.id, stageName: "prod", patchOperations: ops });
  const request: GatewayRequest = {
    apiId: api.id,
    method: "GET",
    path: target,
    query: "",
    headers: [["Accept", "application/json"]],
    body: null,
    sourceIp: "127.0.0.1",
  };
  return { clock, dataPlane, request, dispose: () => runtime?.dispose() };
}

async function measure(name: string, resources: number, options: Parameters<typeof setup>[1] = {}) {
  const { clock, dataPlane, request, dispose } = await setup(resources, options);
  const statuses = new Map<number, number>();
  // One request first, then let its cold start finish in virtual time: requests that arrive while a
  // container initialises would each start another one (as in Lambda), which is not the warm case.
  await dataPlane.invoke(request);
  clock.advance(1000);
  for (let i = 0; i < 500; i++) {
    await dataPlane.invoke(request); // warm-up
    clock.advance(1);
  }
  let count = 0;
  const started = performance.now();
  while (performance.now() - started < BENCH_MS) {
    for (let i = 0; i < 100; i++) {
      const { response } = await dataPlane.invoke(request);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      clock.advance(1); // 1,000 simulated requests per second
    }
    count += 100;
  }
  const seconds = (performance.now() - started) / 1000;
  dispose();
  return {
    case: name,
    resources,
    "req/s": Math.round(count / seconds),
    "µs/req": Number(((seconds * 1e6) / count).toFixed(1)),
    statuses: [...statuses].map(([s, n]) => `${s}×${n}`).join(" "),
  };
}

/** Routing cost: 10 vs 1,000 resources, interleaved in small batches so machine noise hits both alike. */
async function compareRouting() {
  const small = await setup(10);
  const large = await setup(1000);
  const spent = [0, 0];
  const counts = [0, 0];
  const deadline = performance.now() + 2 * BENCH_MS;
  while (performance.now() < deadline) {
    for (const [i, s] of [small, large].entries()) {
      const t = performance.now();
      for (let k = 0; k < 200; k++) await s.dataPlane.invoke(s.request);
      spent[i]! += performance.now() - t;
      counts[i]! += 200;
    }
  }
  return counts[1]! / spent[1]! / (counts[0]! / spent[0]!);
}

const rows = [
  await measure("MOCK", 10),
  await measure("MOCK", 1000),
  await measure("Lambda proxy (warm)", 10, { lambda: true }),
  await measure("MOCK, caching on", 10, { cache: true }),
  await measure("MOCK, throttling on (1000 rps)", 10, { throttle: true }),
];
console.info(`\nREST pipeline, one process, virtual time, ${BENCH_MS} ms per case, Node ${process.version}`);
console.table(rows);
const routing = await compareRouting();
console.info(
  `Routing among 1,000 resources runs at ${(routing * 100).toFixed(0)}% of the speed among 10 (interleaved).`,
);
