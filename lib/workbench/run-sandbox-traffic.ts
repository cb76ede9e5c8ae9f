/**
 * The traffic generator behind the workbench's Run button: the plan runs against a throwaway copy of the
 * learner's live sandbox on a virtual clock (so quotas, caches and token buckets of the real one are
 * untouched), and the report comes back for the charts. Runs are CPU work on the shared server, so they
 * are capped in size (TRAFFIC_MAX_REQUESTS) and in number at once (TRAFFIC_MAX_CONCURRENT_RUNS), and
 * yield to the event loop while they run so invoke URLs keep answering.
 */
import { randomInt } from "node:crypto";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { HostClock } from "@/lib/gateway/ports";
import {
  createTrafficPlanSchema,
  createTrafficSandbox,
  runTraffic,
  type TrafficReport,
} from "@/lib/gateway/traffic";
import { loadOwnedLiveSandbox } from "./live-sandbox-access";

let running = 0;

/** The plan schema with this server's request cap. */
export function trafficPlanSchema() {
  return createTrafficPlanSchema({ maxRequests: env().TRAFFIC_MAX_REQUESTS });
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export async function runSandboxTraffic(
  userId: string,
  sandboxId: string,
  plan: unknown,
): Promise<TrafficReport> {
  const parsed = trafficPlanSchema().parse(plan);
  const live = await loadOwnedLiveSandbox(userId, sandboxId);
  if (running >= env().TRAFFIC_MAX_CONCURRENT_RUNS) {
    throw new AppError(
      "RATE_LIMITED",
      `The server is already running ${running} traffic simulations (TRAFFIC_MAX_CONCURRENT_RUNS); try again in a few seconds.`,
      undefined,
      { retryAfterSeconds: 2 },
    );
  }
  running++;
  const copy = await createTrafficSandbox(live.engine.exportState(), {
    now: Date.now(),
    seed: randomInt(0, 2 ** 31),
  });
  try {
    return await runTraffic(copy, parsed, {
      hostClock: new HostClock(() => performance.now()),
      onProgress: yieldToEventLoop,
    });
  } finally {
    running--;
    copy.dispose();
  }
}
