/**
 * The platform lines Lambda writes around every invocation, in its text log format.
 * START and END are space-separated; REPORT fields are tab-separated, with `Init Duration` on a cold start and
 * `Status`/`Error Type` when the runtime timed out or exited (recorded REPORT lines in public issue reports,
 * e.g. `...\tMax Memory Used: 250 MB\tStatus: error\tError Type: Runtime.ExitError`).
 * @see https://docs.aws.amazon.com/lambda/latest/dg/monitoring-cloudwatchlogs.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-logging.html
 */

export const LOG_LEVELS = ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"] as const;

export function formatStartLine(requestId: string): string {
  return `START RequestId: ${requestId} Version: $LATEST`;
}

export function formatEndLine(requestId: string): string {
  return `END RequestId: ${requestId}`;
}

export interface ReportFields {
  requestId: string;
  durationMs: number;
  billedDurationMs: number;
  memorySizeMb: number;
  maxMemoryUsedMb: number;
  initDurationMs?: number;
  status?: "timeout" | "error";
  errorType?: string;
}

export function formatReportLine(report: ReportFields): string {
  // Concatenated, not joined from an array: this line is built on every invocation.
  let line =
    `REPORT RequestId: ${report.requestId}\tDuration: ${report.durationMs.toFixed(2)} ms` +
    `\tBilled Duration: ${report.billedDurationMs} ms\tMemory Size: ${report.memorySizeMb} MB` +
    `\tMax Memory Used: ${report.maxMemoryUsedMb} MB`;
  if (report.initDurationMs !== undefined) line += `\tInit Duration: ${report.initDurationMs.toFixed(2)} ms`;
  if (report.status !== undefined) line += `\tStatus: ${report.status}`;
  if (report.errorType !== undefined) line += `\tError Type: ${report.errorType}`;
  return line;
}

/** Written when the Init phase fails (the environment is not kept). */
export function formatInitReportLine(
  initDurationMs: number,
  status: "error" | "timeout",
  errorType?: string,
): string {
  const fields = [
    `INIT_REPORT Init Duration: ${initDurationMs.toFixed(2)} ms`,
    "Phase: init",
    `Status: ${status}`,
  ];
  if (errorType !== undefined) fields.push(`Error Type: ${errorType}`);
  return fields.join("\t");
}

/** `2020-11-10T05:46:57.874Z 160788cd-... Task timed out after 3.07 seconds` (space-separated, recorded). */
export function formatTimeoutLine(epochMs: number, requestId: string, timeoutMs: number): string {
  return `${new Date(epochMs).toISOString()} ${requestId} ${formatTimeoutMessage(timeoutMs)}`;
}

export function formatTimeoutMessage(timeoutMs: number): string {
  return `Task timed out after ${(timeoutMs / 1000).toFixed(2)} seconds`;
}

/** A `console.*` line: `<ISO time>\t<requestId>\t<LEVEL>\t<message>`; during init the request id is `undefined`. */
export function formatConsoleLine(
  epochMs: number,
  requestId: string | undefined,
  level: number,
  message: string,
): string {
  const name = LOG_LEVELS[level] ?? "INFO";
  return `${new Date(epochMs).toISOString()}\t${requestId ?? "undefined"}\t${name}\t${message}`;
}

/**
 * Lambda's billing: the Invoke and (since 2025-08-01, for managed runtimes too) Init durations, rounded up to the
 * millisecond, at least 1.
 * @see https://aws.amazon.com/blogs/compute/aws-lambda-standardizes-billing-for-init-phase/
 */
export function toBilledDurationMs(durationMs: number, initDurationMs = 0): number {
  return Math.max(1, Math.ceil(durationMs + initDurationMs));
}

/** The log stream of a new execution environment: `2026/01/01/[$LATEST]<32 hex>`. */
export function formatLogStreamName(epochMs: number, hex32: string): string {
  const day = new Date(epochMs).toISOString().slice(0, 10).replaceAll("-", "/");
  return `${day}/[$LATEST]${hex32}`;
}
