/**
 * GetUsage's answer as table rows. AWS keys `items` by API key id, each a list of `[used, remaining]` pairs, one
 * per UTC day from `startDate` (days after today are left out).
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetUsage.html
 */
import type { UsageOutput } from "@/lib/gateway/control/usage-plan-inputs";

const DAY_MS = 86_400_000;

export interface UsageRow {
  keyId: string;
  keyName: string;
  date: string;
  used: number;
  remaining: number;
}

/** `2025-03-01` plus `days`, in UTC. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today in UTC as `yyyy-MM-dd`, the calendar usage plans count in. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function toUsageRows(usage: UsageOutput, keyNames: ReadonlyMap<string, string>): UsageRow[] {
  return Object.entries(usage.items).flatMap(([keyId, days]) =>
    days.map(([used, remaining], index) => ({
      keyId,
      keyName: keyNames.get(keyId) ?? keyId,
      date: addDays(usage.startDate, index),
      used,
      remaining,
    })),
  );
}
