/**
 * Invoke with `LogType: "Tail"` answers `LogResult`: the last 4 KB of the invocation's log, base64-encoded.
 * Decoded here, with the REPORT line's durations read out.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */

/** Base64 → UTF-8 text (log lines may hold any character the function printed). */
export function decodeLogResult(logResult: string | undefined): string {
  if (!logResult) return "";
  const binary = atob(logResult);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export interface ReportDurations {
  durationMs?: number;
  billedDurationMs?: number;
  initDurationMs?: number;
  maxMemoryUsedMb?: number;
}

function read(line: string, label: string): number | undefined {
  // Fields are tab-separated; anchoring on the tab keeps "Duration" from matching "Billed Duration".
  const match = new RegExp(`\\t${label}: ([\\d.]+)`).exec(line);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The figures of the last `REPORT RequestId: ...` line, e.g. `Duration: 1.52 ms	Billed Duration: 2 ms`. */
export function readReport(log: string): ReportDurations {
  const line = log
    .split("\n")
    .reverse()
    .find((candidate) => candidate.startsWith("REPORT "));
  if (!line) return {};
  const report: ReportDurations = {};
  const duration = read(line, "Duration");
  const billed = read(line, "Billed Duration");
  const init = read(line, "Init Duration");
  const memory = read(line, "Max Memory Used");
  if (duration !== undefined) report.durationMs = duration;
  if (billed !== undefined) report.billedDurationMs = billed;
  if (init !== undefined) report.initDurationMs = init;
  if (memory !== undefined) report.maxMemoryUsedMb = memory;
  return report;
}

/** The payload pretty-printed when it is JSON, as is otherwise. */
export function prettyPayload(payload: string | undefined): string {
  if (payload === undefined || payload === "") return "";
  try {
    return JSON.stringify(JSON.parse(payload), null, 2);
  } catch {
    return payload;
  }
}
