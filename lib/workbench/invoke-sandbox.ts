/**
 * The workbench's Send button: one request through the LIVE sandbox's data plane, exactly as its invoke
 * URL would receive it (same conversion, same per-sandbox rate bucket, the sandbox marked for write-behind
 * so usage-plan quota counts persist). Answers the response and what the console's Test tab shows.
 */
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { TraceEntry } from "@/lib/gateway/pipeline/trace";
import { loadOwnedLiveSandbox } from "./live-sandbox-access";
import type { InvokeSandboxInput } from "./sandbox-api-schemas";
import { INVOKE_PATH_PREFIX, parseInvokeTarget, toGatewayRequest } from "./to-gateway-request";

export interface SandboxInvokeResult {
  status: number;
  /** Header lines in order; a name may repeat. */
  headers: Array<[string, string]>;
  body: string;
  /** True when the engine answered bytes: `body` is then base64. */
  bodyBase64: boolean;
  latencyMs: number;
  integrationLatencyMs: number | null;
  requestId: string;
  /** The gateway response type when API Gateway answered instead of the integration. */
  errorType: string | null;
  /** True or false when the stage caches, null when it does not. */
  cacheHit: boolean | null;
  trace: TraceEntry[];
}

function toRequestBody(input: InvokeSandboxInput): Uint8Array | null {
  if (input.body === undefined || input.body === "") return null;
  if (!input.bodyBase64) return new TextEncoder().encode(input.body);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.body)) {
    throw new AppError("VALIDATION_FAILED", "The body is not valid base64.", {
      body: ["With bodyBase64, the body must be base64 text."],
    });
  }
  return new Uint8Array(Buffer.from(input.body, "base64"));
}

function rateLimited(): AppError {
  const rate = env().INVOKE_RATE_LIMIT_PER_SANDBOX;
  return new AppError(
    "RATE_LIMITED",
    `This sandbox accepts at most ${rate} requests per second (INVOKE_RATE_LIMIT_PER_SANDBOX). This is a Gatewise limit that protects the server, not an API Gateway quota.`,
    undefined,
    { retryAfterSeconds: 1 },
  );
}

export async function invokeSandbox(
  userId: string,
  sandboxId: string,
  input: InvokeSandboxInput,
  sourceIp: string,
): Promise<SandboxInvokeResult> {
  const body = toRequestBody(input);
  const sandbox = await loadOwnedLiveSandbox(userId, sandboxId);
  if (!sandbox.invokeBucket.tryTake(Date.now())) throw rateLimited();
  const query = input.query ? `?${input.query}` : "";
  const target = parseInvokeTarget(
    `${INVOKE_PATH_PREFIX}${input.restApiId}/${input.stageName}${input.path}${query}`,
  );
  const request = toGatewayRequest(target, {
    method: input.method,
    headers: Object.entries(input.headers),
    body,
    sourceIp,
  });
  const result = await sandbox.engine.dataPlane.invoke(request);
  sandbox.dirty = true;
  const { statusCode, headers, body: responseBody } = result.response;
  const binary = typeof responseBody !== "string";
  return {
    status: statusCode,
    headers,
    body: binary ? Buffer.from(responseBody).toString("base64") : responseBody,
    bodyBase64: binary,
    latencyMs: result.latencyMs,
    integrationLatencyMs: result.integrationLatencyMs ?? null,
    requestId: result.requestId,
    errorType: result.errorType ?? null,
    cacheHit: result.cacheHit ?? null,
    trace: result.trace,
  };
}
