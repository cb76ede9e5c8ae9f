/**
 * SigV4 request times: the ISO 8601 basic format of `X-Amz-Date` (`20150830T123600Z`) and, when a request
 * has no `X-Amz-Date`, the HTTP `Date` header (IMF-fixdate, `Sun, 30 Aug 2015 12:36:00 GMT`).
 * @see https://docs.aws.amazon.com/IAM/latest/UserGuide/signing-elements.html#date
 */

const BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const HTTP_DATE = /^[A-Z][a-z]{2}, (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `YYYYMMDDTHHMMSSZ` for an epoch-millisecond time (seconds truncated). */
export function toAmzDate(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function toEpochMs(year: number, month: number, day: number, h: number, m: number, s: number) {
  const ms = Date.UTC(year, month, day, h, m, s);
  const check = new Date(ms);
  const valid = check.getUTCDate() === day && check.getUTCMonth() === month && h < 24 && m < 60 && s < 60;
  return valid ? ms : undefined;
}

/** Epoch milliseconds, or undefined when `text` is not in the basic format or not a real date. */
export function parseAmzDate(text: string): number | undefined {
  const m = BASIC.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return toEpochMs(y ?? 0, (mo ?? 0) - 1, d ?? 0, h ?? 0, mi ?? 0, s ?? 0);
}

export function parseHttpDate(text: string): number | undefined {
  const m = HTTP_DATE.exec(text.trim());
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2] ?? "");
  if (month < 0) return undefined;
  return toEpochMs(Number(m[3]), month, Number(m[1]), Number(m[4]), Number(m[5]), Number(m[6]));
}
