import type { QuotaPeriodType } from "./usage-plan";

const DAY_MS = 86_400_000;

export interface QuotaPeriod {
  /** First millisecond of the period (UTC). */
  readonly startMs: number;
  /** First millisecond of the next period. */
  readonly endMs: number;
}

/**
 * The quota period containing `nowMs`, on UTC boundaries: a DAY runs from UTC midnight (3P: "1000 requests
 * from 12am until 11:59pm UTC"), a WEEK from Monday 00:00 UTC (unverified), a MONTH from the 1st.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_QuotaSettings.html
 */
export function toQuotaPeriod(period: QuotaPeriodType, nowMs: number): QuotaPeriod {
  const day = Math.floor(nowMs / DAY_MS);
  if (period === "DAY") return { startMs: day * DAY_MS, endMs: (day + 1) * DAY_MS };
  if (period === "WEEK") {
    // 1970-01-01 was a Thursday: three days after a Monday.
    const monday = day - ((((day + 3) % 7) + 7) % 7);
    return { startMs: monday * DAY_MS, endMs: (monday + 7) * DAY_MS };
  }
  const date = new Date(nowMs);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return { startMs: Date.UTC(year, month, 1), endMs: Date.UTC(year, month + 1, 1) };
}
