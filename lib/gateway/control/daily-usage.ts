import { toQuotaPeriod, type QuotaPeriod } from "../throttling/quota-period";
import type { KeyQuotaUsage, UsagePlanRecord } from "./control-state";

export const DAY_MS = 86_400_000;
const UTC_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

let memoDay = Number.NaN;
let memoDate = "";

/** `2026-01-31`, the UTC day containing `ms` (memoised: the data plane asks once per request). */
export function toUtcDate(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== memoDay) {
    memoDate = new Date(day * DAY_MS).toISOString().slice(0, 10);
    memoDay = day;
  }
  return memoDate;
}

/** Midnight UTC of a `yyyy-MM-dd` date, or undefined for anything else (including `2026-02-30`). */
export function parseUtcDate(text: string): number | undefined {
  const match = UTC_DATE.exec(text);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return toUtcDate(ms) === text ? ms : undefined;
}

/** The quota of one period: `limit - offset` in the period containing the plan's creation [DOC QuotaSettings]. */
export function periodLimit(record: UsagePlanRecord, period: QuotaPeriod): number {
  const { limit = 0, offset = 0 } = record.usagePlan.quota ?? {};
  const initial = record.createdAt >= period.startMs && record.createdAt < period.endMs;
  return initial ? Math.max(0, limit - offset) : limit;
}

/** Requests counted in `[fromMs, toMs]` (whole UTC days). */
export function sumDays(
  days: Readonly<Record<string, number>> | undefined,
  fromMs: number,
  toMs: number,
): number {
  if (!days) return 0;
  let total = 0;
  for (let ms = fromMs; ms <= toMs; ms += DAY_MS) total += days[toUtcDate(ms)] ?? 0;
  return total;
}

/**
 * GetUsage's daily entry `[used, remaining]` for the UTC day starting at `dayMs`: the requests counted
 * that day, and what was left of the quota period at its end (UpdateUsage grants included). A plan
 * without a quota reports 0 remaining [UNVERIFIED].
 */
export function usageOnDay(
  record: UsagePlanRecord,
  usage: KeyQuotaUsage | undefined,
  dayMs: number,
): [number, number] {
  const used = usage?.used[toUtcDate(dayMs)] ?? 0;
  const quota = record.usagePlan.quota;
  if (!quota) return [used, 0];
  return [used, remainingAt(record, usage, dayMs)];
}

/** What is left of the key's quota at the end of the day starting at `dayMs`. */
export function remainingAt(
  record: UsagePlanRecord,
  usage: KeyQuotaUsage | undefined,
  dayMs: number,
): number {
  const period = toQuotaPeriod(record.usagePlan.quota?.period ?? "DAY", dayMs);
  const spent = sumDays(usage?.used, period.startMs, dayMs);
  const granted = sumDays(usage?.granted, period.startMs, dayMs);
  return Math.max(0, periodLimit(record, period) + granted - spent);
}
