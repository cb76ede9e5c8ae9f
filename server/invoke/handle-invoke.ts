/**
 * Invoke URLs: `/execute-api/{apiId}/{stage}/{path}` answers exactly what the engine answers (status,
 * headers, body, binary bodies), on the wall clock. No page rendering, no session, no database on a warm
 * path. Each sandbox has a request cap that protects the server, answered with a clear 429 that says it
 * is Gatewise's limit and not API Gateway's.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_PAYLOAD_BYTES } from "@/lib/gateway/pipeline/stages/parse-request";
import type { SandboxHost } from "@/lib/live-sandboxes/sandbox-host";
import { INVOKE_PATH_PREFIX, parseInvokeTarget, toGatewayRequest } from "@/lib/workbench/to-gateway-request";

export const INVOKE_PREFIX = INVOKE_PATH_PREFIX;

function send(
  res: ServerResponse,
  status: number,
  headers: Array<[string, string]>,
  body: string | Uint8Array,
): void {
  const flat: string[] = [];
  for (const [name, value] of headers) flat.push(name, value);
  res.writeHead(status, flat);
  res.end(body);
}

/** Reads at most one byte past API Gateway's 10 MB limit: enough for the engine to answer 413. */
function readBody(req: IncomingMessage): Promise<Uint8Array | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      if (size > MAX_PAYLOAD_BYTES) return;
      chunks.push(chunk);
      size += chunk.length;
    });
    req.on("end", () => resolve(size ? new Uint8Array(Buffer.concat(chunks)) : null));
    req.on("error", reject);
  });
}

function toHeaderPairs(raw: string[]): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i + 1 < raw.length; i += 2) pairs.push([raw[i]!, raw[i + 1]!]);
  return pairs;
}

const SANDBOX_LIMIT_MESSAGE = (rate: number) =>
  JSON.stringify({
    message: "Too Many Requests",
    detail: `This sandbox's invoke URLs accept at most ${rate} requests per second (INVOKE_RATE_LIMIT_PER_SANDBOX). This is a Gatewise limit that protects the server, not an API Gateway quota.`,
  });

export function createInvokeHandler(
  host: SandboxHost,
  options: { ratePerSecond: number; clientIp: (req: IncomingMessage) => string },
) {
  return async function handleInvoke(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = parseInvokeTarget(req.url ?? "/");
    const body = await readBody(req);
    const sandbox = target.apiId ? await host.forApiId(target.apiId) : undefined;
    if (!sandbox) {
      // An API id no sandbox owns: what AWS answers for any address it cannot route.
      send(
        res,
        403,
        [
          ["Content-Type", "application/json"],
          ["x-amzn-ErrorType", "MissingAuthenticationTokenException"],
        ],
        '{"message":"Missing Authentication Token"}',
      );
      return;
    }
    if (!sandbox.invokeBucket.tryTake(Date.now())) {
      send(
        res,
        429,
        [
          ["Content-Type", "application/json"],
          ["x-gatewise-limit", "sandbox-invoke-rate"],
          ["Retry-After", "1"],
        ],
        SANDBOX_LIMIT_MESSAGE(options.ratePerSecond),
      );
      return;
    }
    const request = toGatewayRequest(target, {
      method: req.method ?? "GET",
      headers: toHeaderPairs(req.rawHeaders),
      body,
      sourceIp: options.clientIp(req),
    });
    const result = await sandbox.engine.dataPlane.invoke(request);
    sandbox.dirty = true;
    const { statusCode, headers, body: responseBody } = result.response;
    send(res, statusCode, headers, responseBody);
  };
}
