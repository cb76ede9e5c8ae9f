/**
 * The front door: one Node HTTP server. Later, /execute-api/* (invoke URLs), /aws/* (the AWS-compatible
 * control plane) and WebSocket upgrades are served here straight from lib, without page rendering or
 * sessions; every other request goes to Next's request handler. See ARCHITECTURE.md.
 */
import http from "node:http";
import path from "node:path";
import next from "next";
import { CLIENT_IP_HEADER } from "@/lib/client-ip";
import { env } from "@/lib/env";
import { boot, log } from "./boot";
import { clientAddress } from "./client-address";
import { AWS_PREFIX, createAwsHandler } from "./aws/handle-aws";
import { createInvokeHandler, INVOKE_PREFIX } from "./invoke/handle-invoke";
import { sandboxHost } from "@/lib/live-sandboxes";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  const started = performance.now();
  await boot(root, dev);
  const settings = env();
  const { HOST, PORT, TRUST_PROXY } = settings;
  const host = sandboxHost();
  const aws = createAwsHandler(host);
  const invoke = createInvokeHandler(host, {
    ratePerSecond: settings.INVOKE_RATE_LIMIT_PER_SANDBOX,
    clientIp: (req) => clientAddress(req, TRUST_PROXY),
  });
  const app = next({ dev, dir: root, hostname: HOST, port: PORT });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = http.createServer((req, res) => {
    // The hot path: invoke URLs go straight to the engine, never through Next.
    if (req.url?.startsWith(INVOKE_PREFIX)) {
      invoke(req, res).catch((error: unknown) => {
        console.error("[gatewise] invoke failed", error);
        if (!res.headersSent) res.writeHead(500, { "content-type": "application/json" });
        res.end('{"message": "Internal server error"}');
      });
      return;
    }
    if (req.url?.startsWith(AWS_PREFIX)) {
      aws(req, res).catch((error: unknown) => {
        console.error("[gatewise] aws endpoint failed", error);
        if (!res.headersSent)
          res.writeHead(500, { "content-type": "application/json", "x-amzn-ErrorType": "InternalFailure" });
        res.end('{"message":null}');
      });
      return;
    }
    // Overwrite whatever the client sent: sign-in throttling trusts this header.
    req.headers[CLIENT_IP_HEADER] = clientAddress(req, TRUST_PROXY);
    handle(req, res).catch((error: unknown) => {
      console.error("[gatewise] request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end("Internal Server Error");
    });
  });
  server.keepAliveTimeout = 65_000;
  // Write-behind of live sandboxes (quota counts and other runtime state) every SANDBOX_FLUSH_SECONDS.
  const flushTimer = setInterval(() => {
    host.flush().catch((error: unknown) => console.error("[gatewise] sandbox flush failed", error));
  }, settings.SANDBOX_FLUSH_SECONDS * 1000);
  flushTimer.unref();
  server.listen(PORT, HOST, () => {
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : PORT;
    log(
      `Ready on http://localhost:${port} (${dev ? "development" : "production"}) in ${Math.round(performance.now() - started)} ms`,
    );
  });

  const shutdown = (signal: string) => {
    log(`${signal}: closing`);
    clearInterval(flushTimer);
    const closed = host.flush().catch(() => 0);
    server.close(() => void closed.then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("[gatewise] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
