/** `GET /api/sandboxes/{id}/metrics`: the user's LIVE sandbox's metrics (read-engine-metrics.ts). */
import { loadOwnedLiveSandbox } from "./live-sandbox-access";
import { readEngineMetrics, type SandboxMetrics } from "./read-engine-metrics";
import type { MetricsQuery } from "./sandbox-api-schemas";

export async function readSandboxMetrics(
  userId: string,
  sandboxId: string,
  query: MetricsQuery,
): Promise<SandboxMetrics> {
  const { engine } = await loadOwnedLiveSandbox(userId, sandboxId);
  return readEngineMetrics(engine, query);
}
