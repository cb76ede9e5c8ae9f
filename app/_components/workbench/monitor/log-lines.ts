/** Log lines as the viewer lists them: newest first, narrowed by a case-insensitive filter. */
import type { LogLine } from "../transport";

export type LogKind = "access" | "execution" | "lambda";

/** Newest first; lines of the same millisecond keep their reverse arrival order (the store's order). */
export function toNewestFirst(lines: readonly LogLine[]): LogLine[] {
  return lines
    .map((line, index) => ({ line, index }))
    .sort((a, b) => b.line.timestamp - a.line.timestamp || b.index - a.index)
    .map(({ line }) => line);
}

/** Lines whose message or stream contains every word of the filter, in any case. */
export function filterLogLines(lines: readonly LogLine[], filter: string): LogLine[] {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...lines];
  return lines.filter((line) => {
    const text = `${line.stream ?? ""} ${line.message}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
}

/** "14:05:09.120", the learner's local time to the millisecond. */
export function formatLogTime(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`;
}

/**
 * The transport's answer as lines: `{ lines: [{ timestamp, message, stream? }] }`, or the logs route's own
 * `{ group, events: [{ timestamp, message, logStream? }] }`; malformed entries are dropped.
 */
export function readLogAnswer(answer: unknown): { lines: LogLine[]; group?: string } {
  const body = (answer ?? {}) as { lines?: unknown; events?: unknown; group?: unknown };
  const raw = Array.isArray(body.lines) ? body.lines : Array.isArray(body.events) ? body.events : [];
  const lines: LogLine[] = [];
  for (const entry of raw as Array<Record<string, unknown> | null>) {
    if (typeof entry?.timestamp !== "number" || typeof entry.message !== "string") continue;
    const stream = entry.stream ?? entry.logStream;
    lines.push({
      timestamp: entry.timestamp,
      message: entry.message,
      ...(typeof stream === "string" ? { stream } : {}),
    });
  }
  return typeof body.group === "string" ? { lines, group: body.group } : { lines };
}
