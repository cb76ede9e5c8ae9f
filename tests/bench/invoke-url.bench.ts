/**
 * Invoke URL throughput through the production front door (dist/server.js), autocannon, 50 connections:
 * MOCK and warm Lambda proxy "hello" (the handler serverless-offline's in-process mode serves at about
 * 8,500 req/s on these machines). Run: npm run build && npm run bench:invoke   (BENCH_SECONDS to tune)
 */
import autocannon from "autocannon";
import { execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const dir = mkdtempSync(path.join(os.tmpdir(), "gatewise-invoke-bench-"));
const databaseUrl = `file:${path.join(dir, "bench.db")}`;
process.env.DATABASE_URL = databaseUrl;
execFileSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "migrate", "deploy"], {
  cwd: root,
  env: { ...process.env, CHECKPOINT_DISABLE: "1" },
  stdio: "ignore",
});

const { createSandbox } = await import("../../lib/data/sandboxes");
const { registerUser } = await import("../../lib/data/users");
const { disconnectDb } = await import("../../lib/db");
const { createGatewaySandbox } = await import("../../lib/gateway/create-gateway-sandbox");
const { SeededRandom, VirtualClock } = await import("../../lib/gateway/ports");

async function storeBenchSandbox(): Promise<string> {
  const user = await registerUser({
    email: "bench@example.test",
    name: "Bench",
    password: "bench-password-1",
  });
  const engine = await createGatewaySandbox({ clock: new VirtualClock(), random: new SeededRandom(11) });
  engine.deployFunction({
    functionName: "hello",
    code: 'export const handler = async () => ({ statusCode: 200, body: JSON.stringify({ message: "hello" }) });',
  });
  const cp = engine.controlPlane;
  const api = cp.createRestApi({ name: "bench" });
  const mock = cp.createResource({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "mock" });
  cp.putMethod({ restApiId: api.id, resourceId: mock.id, httpMethod: "GET", authorizationType: "NONE" });
  cp.putIntegration({
    restApiId: api.id,
    resourceId: mock.id,
    httpMethod: "GET",
    type: "MOCK",
    requestTemplates: { "application/json": '{"statusCode": 200}' },
  });
  cp.putMethodResponse({ restApiId: api.id, resourceId: mock.id, httpMethod: "GET", statusCode: "200" });
  cp.putIntegrationResponse({
    restApiId: api.id,
    resourceId: mock.id,
    httpMethod: "GET",
    statusCode: "200",
    responseTemplates: { "application/json": '{"message": "hello"}' },
  });
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
  cp.createDeployment({ restApiId: api.id, stageName: "prod" });
  await createSandbox(user.id, "bench", engine.exportState(), [api.id]);
  engine.dispose();
  return api.id;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

const apiId = await storeBenchSandbox();
await disconnectDb();
const port = await freePort();
const server = spawn(process.execPath, [path.join(root, "dist/server.js")], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    INVOKE_RATE_LIMIT_PER_SANDBOX: "1000000",
    INVOKE_BURST_LIMIT_PER_SANDBOX: "1000000",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
await new Promise<void>((resolve, reject) => {
  server.stdout!.on("data", (d: Buffer) => d.toString().includes("Ready on") && resolve());
  server.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
});

const rows = [];
try {
  for (const [name, route] of [
    ["MOCK", "/prod/mock"],
    ["Lambda proxy hello (warm)", "/prod/hello"],
  ] as const) {
    const url = `http://127.0.0.1:${port}/execute-api/${apiId}${route}`;
    await autocannon({ url, connections: 10, duration: 2 }); // warm-up: loads the sandbox, warms the function
    const r = await autocannon({ url, connections, duration: seconds });
    rows.push({
      case: name,
      "req/s": Math.round(r.requests.average),
      "p50 ms": r.latency.p50,
      "p99 ms": r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    });
  }
} finally {
  server.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
}
console.info(
  `\nInvoke URLs through the front door, ${connections} connections, ${seconds} s each, ${os.cpus().length} cores, Node ${process.version}`,
);
console.table(rows);
console.info(
  "Peer: serverless-offline 13 in-process serves a warm Lambda-proxy hello at about 8,500 req/s on these machines.",
);
process.exit(0);
