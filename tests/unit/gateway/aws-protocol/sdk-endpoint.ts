import http from "node:http";
import type { AddressInfo } from "node:net";
import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { API_GATEWAY_BASE_PATH, handleApiGatewayRequest } from "@/lib/gateway/aws-protocol";
import { createControlPlane, type ControlPlane } from "@/lib/gateway/control";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

export const ACCOUNT_ID = "111111111111";
/** 2026-01-01T00:00:00Z, the VirtualClock's default. */
export const START = new Date(Date.UTC(2026, 0, 1));

export interface SdkEndpoint {
  client: APIGatewayClient;
  controlPlane: ControlPlane;
  clock: VirtualClock;
  /** The base URL the client talks to, for raw HTTP calls. */
  url: string;
  close(): Promise<void>;
}

/**
 * A `node:http` server that hands every request to the router over one seeded control plane, and the
 * real AWS SDK v3 client pointed at it under the app's mount point.
 */
export async function startSdkEndpoint(): Promise<SdkEndpoint> {
  const clock = new VirtualClock();
  const controlPlane = createControlPlane({
    clock,
    random: new SeededRandom(7),
    accountId: ACCOUNT_ID,
    region: "us-east-1",
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      const response = handleApiGatewayRequest(controlPlane, {
        method: req.method ?? "GET",
        path: url.pathname,
        query: toQuery(url.searchParams),
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body: chunks.length > 0 ? Buffer.concat(chunks).toString("utf8") : null,
      });
      res.writeHead(response.statusCode, response.headers).end(response.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_GATEWAY_BASE_PATH}`;
  const client = new APIGatewayClient({
    endpoint: url,
    region: "us-east-1",
    credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG" },
    maxAttempts: 1,
  });
  return {
    client,
    controlPlane,
    clock,
    url,
    close: () => {
      client.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

function toQuery(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    query[name] = values.length === 1 ? (values[0] ?? "") : values;
  }
  return query;
}
