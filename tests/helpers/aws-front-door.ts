/**
 * The front door's two engine paths on a loopback port for integration tests: /aws/* (the AWS-compatible
 * endpoint) and /execute-api/* (invoke URLs), over one SandboxHost, as server/index.ts wires them.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { SandboxHost } from "@/lib/live-sandboxes/sandbox-host";
import { AWS_PREFIX, createAwsHandler } from "@/server/aws/handle-aws";
import { createInvokeHandler, INVOKE_PREFIX } from "@/server/invoke/handle-invoke";

export interface AwsFrontDoor {
  /** `http://127.0.0.1:<port>` */
  base: string;
  host: SandboxHost;
  close(): Promise<void>;
}

export async function startAwsFrontDoor(): Promise<AwsFrontDoor> {
  const host = new SandboxHost({ maxLive: 5, ratePerSecond: 100, burst: 100 });
  const aws = createAwsHandler(host);
  const invoke = createInvokeHandler(host, { ratePerSecond: 100, clientIp: () => "127.0.0.1" });
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith(AWS_PREFIX)) void aws(req, res);
    else if (req.url?.startsWith(INVOKE_PREFIX)) void invoke(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    host,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
