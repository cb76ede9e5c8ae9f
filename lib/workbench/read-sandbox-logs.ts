/** `GET /api/sandboxes/{id}/logs`: the user's LIVE sandbox's log lines (read-engine-logs.ts). */
import { loadOwnedLiveSandbox } from "./live-sandbox-access";
import { readEngineLogs, type SandboxLogs } from "./read-engine-logs";
import type { LogsQuery } from "./sandbox-api-schemas";

export async function readSandboxLogs(
  userId: string,
  sandboxId: string,
  query: LogsQuery,
): Promise<SandboxLogs> {
  const { engine } = await loadOwnedLiveSandbox(userId, sandboxId);
  return readEngineLogs(engine, query);
}
