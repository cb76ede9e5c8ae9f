/**
 * The execution trace: one entry per stage that ran, in the spirit of the console's Test output
 * ("Method request path: {...}", "Endpoint request body after transformations: ..."). The workbench
 * draws it, labs check it, tests assert on it.
 */
import type { InvocationContext } from "./context";

export type StageName =
  | "parseRequest"
  | "routeRequest"
  | "checkResourcePolicy"
  | "authorizeRequest"
  | "validateApiKey"
  | "throttleRequest"
  | "validateMethodRequest"
  | "lookupCache"
  | "mapIntegrationRequest"
  | "invokeIntegration"
  | "mapIntegrationResponse"
  | "mapMethodResponse"
  | "storeCache"
  | "renderGatewayResponse";

export interface TraceEntry {
  stage: StageName;
  /** Milliseconds since the request arrived, on the engine's clock. */
  atMs: number;
  /** Console-style lines saying what the stage saw and decided. */
  lines: string[];
  /** True on the stage that decided the outcome of a failed request. */
  decisive?: boolean;
}

export function traceStage(ctx: InvocationContext, stage: StageName, ...lines: string[]): TraceEntry {
  const entry: TraceEntry = { stage, atMs: ctx.env.clock.now() - ctx.receivedAt, lines };
  ctx.trace.push(entry);
  return entry;
}

/** Compact JSON for trace lines, cut to a readable length like the console's log lines. */
export function traceValue(value: unknown, max = 1000): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)} [TRUNCATED]` : text;
}
