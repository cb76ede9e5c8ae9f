/**
 * The try-it sandbox of a visitor: the engine runs in the browser, the state lives in localStorage and is
 * written after every change. The same service runners as the server's workbench routes decide what may
 * run, so the two behave alike; only invoke URLs (they need the server) are missing.
 */
import {
  createGatewaySandbox,
  type GatewaySandbox,
  type GatewaySandboxState,
} from "@/lib/gateway/create-gateway-sandbox";
import { HostClock, HostRandom } from "@/lib/gateway/ports";
import { createTrafficSandbox, runTraffic, TrafficPlanSchema } from "@/lib/gateway/traffic";
import { readEngineLogs } from "@/lib/workbench/read-engine-logs";
import { readEngineMetrics } from "@/lib/workbench/read-engine-metrics";
import { SANDBOX_SERVICES } from "@/lib/workbench/sandbox-services";
import { INVOKE_PATH_PREFIX, parseInvokeTarget, toGatewayRequest } from "@/lib/workbench/to-gateway-request";
import { toAwsAppError } from "@/lib/workbench/to-aws-app-error";
import { AppError } from "@/lib/errors";
import {
  WorkbenchError,
  type InvokeOutcome,
  type SandboxService,
  type WorkbenchTransport,
} from "../transport";

export const BROWSER_SANDBOX_KEY = "gatewise.try-sandbox.v1";

const ports = { clock: new HostClock(() => Date.now()), random: new HostRandom(() => Math.random()) };

function toWorkbenchError(error: unknown): WorkbenchError {
  const mapped = toAwsAppError(error);
  if (mapped instanceof AppError)
    return new WorkbenchError(mapped.message, mapped.status, mapped.aws?.type, mapped.fields);
  if (mapped instanceof Error) return new WorkbenchError(mapped.message, 500);
  return new WorkbenchError(String(mapped), 500);
}

function readStoredState(storage: Storage): GatewaySandboxState | undefined {
  const text = storage.getItem(BROWSER_SANDBOX_KEY);
  if (!text) return undefined;
  try {
    return JSON.parse(text) as GatewaySandboxState;
  } catch {
    return undefined;
  }
}

function saveState(storage: Storage, engine: GatewaySandbox): void {
  try {
    storage.setItem(BROWSER_SANDBOX_KEY, JSON.stringify(engine.exportState()));
  } catch (error) {
    throw new WorkbenchError(
      `Your browser refused to save the sandbox (${(error as Error).name}): it is probably over the storage quota. Export or reset it, or sign in to keep it on the server.`,
      507,
    );
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export interface BrowserSandbox {
  transport: WorkbenchTransport;
  exportState(): GatewaySandboxState;
  reset(): Promise<void>;
}

/** Opens the visitor's sandbox (a stored one when it still loads, else a fresh one). */
export async function openBrowserSandbox(storage: Storage = window.localStorage): Promise<BrowserSandbox> {
  const stored = readStoredState(storage);
  let engine = await createGatewaySandbox({ ...ports, state: stored }).catch(() =>
    createGatewaySandbox({ ...ports }),
  );
  const transport: WorkbenchTransport = {
    kind: "browser",
    invokeUrlBase: null,
    async call<T>(service: SandboxService, operation: string, input: object = {}) {
      const runner = SANDBOX_SERVICES[service];
      if (!runner.operations.includes(operation)) {
        throw new WorkbenchError(`Unknown ${service} operation "${operation}".`, 400);
      }
      try {
        const output = await runner.run(engine, operation, input as Record<string, unknown>);
        if (!runner.isReadOnly(operation)) saveState(storage, engine);
        return (output ?? {}) as T;
      } catch (error) {
        if (error instanceof WorkbenchError) throw error;
        throw toWorkbenchError(error);
      }
    },
    async invoke(request): Promise<InvokeOutcome> {
      const query = request.query ? `?${request.query}` : "";
      const target = parseInvokeTarget(
        `${INVOKE_PATH_PREFIX}${request.restApiId}/${request.stageName}${request.path}${query}`,
      );
      const result = await engine.dataPlane.invoke(
        toGatewayRequest(target, {
          method: request.method,
          headers: Object.entries(request.headers ?? {}),
          body: request.body ? new TextEncoder().encode(request.body) : null,
          sourceIp: "198.51.100.10",
        }),
      );
      const { statusCode, headers, body } = result.response;
      const binary = typeof body !== "string";
      // Usage-plan quota counts are part of the state.
      saveState(storage, engine);
      return {
        status: statusCode,
        headers,
        body: binary ? toBase64(body) : body,
        bodyBase64: binary,
        latencyMs: result.latencyMs,
        integrationLatencyMs: result.integrationLatencyMs ?? null,
        requestId: result.requestId,
        errorType: result.errorType ?? null,
        cacheHit: result.cacheHit ?? null,
        trace: result.trace,
      };
    },
    async traffic(plan) {
      const parsed = TrafficPlanSchema.safeParse(plan);
      if (!parsed.success)
        throw new WorkbenchError(
          parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
          400,
        );
      const copy = await createTrafficSandbox(engine.exportState(), {
        now: Date.now(),
        seed: Math.floor(Math.random() * 2 ** 31),
      });
      try {
        return await runTraffic(copy, parsed.data, {
          hostClock: new HostClock(() => performance.now()),
          onProgress: () => new Promise<void>((resolve) => setTimeout(resolve, 0)),
        });
      } finally {
        copy.dispose();
      }
    },
    async metrics(query) {
      try {
        return readEngineMetrics(engine, query);
      } catch (error) {
        throw toWorkbenchError(error);
      }
    },
    async logs(query) {
      try {
        return readEngineLogs(engine, query);
      } catch (error) {
        throw toWorkbenchError(error);
      }
    },
  };
  return {
    transport,
    exportState: () => engine.exportState(),
    async reset() {
      engine.dispose();
      engine = await createGatewaySandbox({ ...ports });
      saveState(storage, engine);
    },
  };
}
