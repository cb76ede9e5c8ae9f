// Throughput and latency of the production front door (dist/server.js) on a fresh SQLite database.
// Not part of `npm test`. Run: npm run build && npm run bench   (BENCH_SECONDS, BENCH_CONNECTIONS to tune)
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const targets = [
  { name: "static page (/)", path: "/" },
  { name: "static page (/learn)", path: "/learn" },
  { name: "dynamic page (/signin)", path: "/signin" },
  { name: "health JSON (/api/health, 2 DB queries)", path: "/api/health" },
];

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function startServer() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "gatewise-bench-"));
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, "dist/server.js")], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dir, "bench.db")}`,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => d.toString().includes("Ready on") && resolve());
    child.on("exit", (code) => reject(new Error(`server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => (child.kill("SIGTERM"), rmSync(dir, { recursive: true, force: true })),
  };
}

const server = await startServer();
const rows = [];
try {
  for (const target of targets) {
    await autocannon({ url: server.url + target.path, connections: 10, duration: 2 }); // warm-up
    const r = await autocannon({ url: server.url + target.path, connections, duration: seconds });
    rows.push({
      target: target.name,
      "req/s": Math.round(r.requests.average),
      "p50 ms": r.latency.p50,
      "p99 ms": r.latency.p99,
      non2xx: r.non2xx,
      errors: r.errors,
    });
  }
} finally {
  server.stop();
}
console.info(
  `\nFront door, ${connections} connections, ${seconds} s each, ${os.cpus().length} cores, Node ${process.version}`,
);
console.table(rows);
