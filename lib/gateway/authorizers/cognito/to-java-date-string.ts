const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Epoch seconds as Java's `Date.toString()` writes them in UTC, `EEE MMM dd HH:mm:ss zzz yyyy`:
 * `Sun Dec 17 07:28:12 UTC 2017`. This is how a REST Cognito authorizer passes `exp` and `iat` (REC in
 * public event dumps; AWS's own aws-serverless-java-container models these two claims as such strings).
 */
export function toJavaDateString(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${time} UTC ${d.getUTCFullYear()}`;
}
