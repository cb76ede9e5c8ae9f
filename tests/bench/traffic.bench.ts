/**
 * Host time of one traffic run of 10,000 requests (the workbench's acceptance: under one second), on a copy
 * of a sandbox rebuilt from its exported state, as the app runs it. Run: npx tsx tests/bench/traffic.bench.ts
 * (RUNS to change the repetitions per case; the median and best are printed).
 */
import { createGatewaySandbox, type GatewaySandbox } from "../../lib/gateway/create-gateway-sandbox";
import { HostClock, SeededRandom, VirtualClock } from "../../lib/gateway/ports";
import { createTrafficSandbox, runTraffic, type TrafficPlan } from "../../lib/gateway/traffic";

const RUNS = Number(process.env.RUNS ?? 5);
const REQUESTS = 10_000;
const START = Date.UTC(2026, 0, 1);
const hostClock = new HostClock(() => performance.now());
const lambdaUri =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:hello/invocations";

interface Case {
  name: string;
  lambda?: boolean;
  stagePatch?: Array<{ op: "replace"; path: string; value: string }>;
  pattern: TrafficPlan["pattern"];
}

const CASES: Case[] = [
  { name: "MOCK, constant 1,000 r/s", pattern: { kind: "constant", ratePerSecond: 1_000 } },
  {
    name: "MOCK, throttled (rate 100, burst 50)",
    pattern: { kind: "constant", ratePerSecond: 500 },
    stagePatch: [
      { op: "replace", path: "/*/*/throttling/rateLimit", value: "100" },
      { op: "replace", path: "/*/*/throttling/burstLimit", value: "50" },
    ],
  },
  {
    name: "MOCK, cached (TTL 5 s)",
    pattern: { kind: "ramp", fromRatePerSecond: 100, toRatePerSecond: 1_000 },
    stagePatch: [
      { op: "replace", path: "/cacheClusterEnabled", value: "true" },
      { op: "replace", path: "/*/*/caching/enabled", value: "true" },
      { op: "replace", path: "/*/*/caching/ttlInSeconds", value: "5" },
    ],
  },
  { name: "Lambda proxy hello (warm)", lambda: true, pattern: { kind: "constant", ratePerSecond: 1_000 } },
];

async function buildLive(c: Case): Promise<{ live: GatewaySandbox; apiId: string }> {
  const live = await createGatewaySandbox({
    clock: new VirtualClock(START),
    random: new SeededRandom(1),
    withoutLambda: !c.lambda,
  });
  const cp = live.controlPlane;
  const api = cp.createRestApi({ name: "bench" });
  const resource = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "pets" });
  const method = { restApiId: api.id, resourceId: resource.id, httpMethod: "GET" };
  cp.putMethod({ ...method, authorizationType: "NONE" });
  if (c.lambda) {
    live.deployFunction({
      functionName: "hello",
      code: 'export const handler = async () => ({ statusCode: 200, body: JSON.stringify({ message: "hello" }) });',
    });
    cp.putIntegration({ ...method, type: "AWS_PROXY", integrationHttpMethod: "POST", uri: lambdaUri });
  } else {
    cp.putIntegration({
      ...method,
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    cp.putMethodResponse({ ...method, statusCode: "200" });
    cp.putIntegrationResponse({
      ...method,
      statusCode: "200",
      responseTemplates: { "application/json": '{"ok":true}' },
    });
  }
  cp.createDeployment({ restApiId: api.id, stageName: "dev" });
  if (c.stagePatch) cp.updateStage({ restApiId: api.id, stageName: "dev", patchOperations: c.stagePatch });
  return { live, apiId: api.id };
}

async function measure(c: Case): Promise<{ wall: number[]; statuses: string }> {
  const { live, apiId } = await buildLive(c);
  const plan: TrafficPlan = {
    method: "GET",
    path: "/pets",
    stageName: "dev",
    restApiId: apiId,
    requests: REQUESTS,
    pattern: c.pattern,
  };
  const wall: number[] = [];
  let statuses = "";
  for (let run = 0; run < RUNS; run++) {
    const copy = await createTrafficSandbox(live.exportState(), {
      now: START,
      seed: run,
      withoutLambda: !c.lambda,
    });
    // Lambda: one request first, its cold start finished in virtual time, so the run measures warm starts.
    if (c.lambda) {
      await runTraffic(copy, { ...plan, requests: 1 }, { hostClock });
      copy.clock.advance(1_000);
    }
    const report = await runTraffic(copy, plan, { hostClock });
    wall.push(report.wallMs);
    statuses = JSON.stringify(report.totals.byStatus);
    copy.dispose();
  }
  live.dispose();
  return { wall: wall.sort((a, b) => a - b), statuses };
}

const rows = [];
for (const c of CASES) {
  const { wall, statuses } = await measure(c);
  rows.push({
    case: c.name,
    "median ms": Math.round(wall[Math.floor(wall.length / 2)]!),
    "best ms": Math.round(wall[0]!),
    "req/s (median)": Math.round(REQUESTS / (wall[Math.floor(wall.length / 2)]! / 1000)),
    "under 1 s": wall[Math.floor(wall.length / 2)]! < 1000 ? "yes" : "no",
    statuses,
  });
}
console.log(`Traffic runs of ${REQUESTS} requests, ${RUNS} runs per case (host time, report.wallMs)`);
console.table(rows);
