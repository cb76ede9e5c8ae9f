/** Builds a Lambda runtime on a virtual clock and a seeded random, with helpers the runtime tests share. */
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import {
  createLambdaRuntime,
  type InvokeResult,
  type LambdaFunctionConfig,
  type LambdaRuntime,
  type LambdaRuntimeOptions,
} from "@/lib/gateway/runtime";

export interface Harness {
  readonly clock: VirtualClock;
  readonly runtime: LambdaRuntime;
  /** Deploys `code` as function `name` (default "fn") and returns the name. */
  deploy(code: string, config?: Partial<LambdaFunctionConfig>): string;
  invoke(functionName?: string, event?: unknown): Promise<InvokeResult>;
}

export async function createHarness(options: Partial<LambdaRuntimeOptions> = {}): Promise<Harness> {
  const clock = new VirtualClock();
  const runtime = await createLambdaRuntime({ clock, random: new SeededRandom(7), ...options });
  return {
    clock,
    runtime,
    deploy(code, config = {}) {
      return runtime.deployFunction({ functionName: "fn", code, ...config }).functionName;
    },
    invoke(functionName = "fn", event = {}) {
      return runtime.invoke(functionName, JSON.stringify(event));
    },
  };
}

export function payloadOf(result: InvokeResult): unknown {
  return JSON.parse(result.payload);
}

/** The lines a console call wrote (the fourth tab-separated field), in order. */
export function consoleMessages(result: InvokeResult): string[] {
  return result.logResult
    .filter((line) => /^\d{4}-\d\d-\d\dT[^\t]+\t[^\t]+\t[A-Z]+\t/.test(line))
    .map((line) => line.split("\t").slice(3).join("\t"));
}
