/**
 * CloudWatch Logs-like streams kept in memory: execution logs per stage, access logs per destination,
 * Lambda logs per function. Each group holds at most `maxEventsPerGroup` events (oldest dropped first),
 * and a message is cut at 1,024 bytes like an execution log event (DOC limits).
 */

export interface LogEvent {
  timestamp: number;
  message: string;
}

export const MAX_EXECUTION_LOG_EVENT_BYTES = 1024;

export class LogStore {
  private readonly groups = new Map<string, LogEvent[]>();

  constructor(private readonly maxEventsPerGroup = 10_000) {}

  put(group: string, timestamp: number, message: string): void {
    let events = this.groups.get(group);
    if (!events) this.groups.set(group, (events = []));
    events.push({ timestamp, message });
    if (events.length > this.maxEventsPerGroup) events.splice(0, events.length - this.maxEventsPerGroup);
  }

  /** Events of a group, oldest first, optionally from `since` (epoch ms) and containing `filter`. */
  get(group: string, options: { since?: number; filter?: string; limit?: number } = {}): LogEvent[] {
    const events = this.groups.get(group) ?? [];
    const selected = events.filter(
      (e) =>
        (options.since === undefined || e.timestamp >= options.since) &&
        (!options.filter || e.message.includes(options.filter)),
    );
    return options.limit ? selected.slice(-options.limit) : selected;
  }

  groupNames(): string[] {
    return [...this.groups.keys()].sort();
  }
}

/** `API-Gateway-Execution-Logs_{apiId}/{stage}`, the group AWS writes execution logs to. */
export function executionLogGroup(apiId: string, stage: string): string {
  return `API-Gateway-Execution-Logs_${apiId}/${stage}`;
}

/** Cuts a message to the execution-log event limit, marking the cut as AWS does with "[TRUNCATED]". */
export function truncateLogMessage(message: string): string {
  const bytes = new TextEncoder().encode(message);
  if (bytes.length <= MAX_EXECUTION_LOG_EVENT_BYTES) return message;
  return (
    new TextDecoder().decode(bytes.slice(0, MAX_EXECUTION_LOG_EVENT_BYTES)).replace(/\uFFFD$/, "") +
    " [TRUNCATED]"
  );
}
