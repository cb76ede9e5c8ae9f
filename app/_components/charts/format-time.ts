/** Time labels for chart axes, tooltips and tables. */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function trimmed(value: number, digits: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: digits });
}

/**
 * A duration in the largest unit that keeps it readable: "850 ms", "12.5 s", "4 min 10 s", "2 h 3 min",
 * "3 d 4 h". Zero is "0 s", the start of a simulated run.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(ms);
  if (abs === 0) return "0 s";
  if (abs < SECOND) return `${sign}${trimmed(abs, abs < 10 ? 2 : 0)} ms`;
  if (abs < MINUTE) return `${sign}${trimmed(abs / SECOND, abs < 10 * SECOND ? 2 : 1)} s`;
  const pair = (big: number, bigUnit: string, smallMs: number, smallUnit: string) => {
    const ratio = big / smallMs;
    const totalSmall = Math.round(abs / smallMs);
    const whole = Math.floor(totalSmall / ratio);
    const rest = totalSmall % ratio;
    return rest === 0 ? `${sign}${whole} ${bigUnit}` : `${sign}${whole} ${bigUnit} ${rest} ${smallUnit}`;
  };
  if (abs < HOUR) return pair(MINUTE, "min", SECOND, "s");
  if (abs < DAY) return pair(HOUR, "h", MINUTE, "min");
  return pair(DAY, "d", HOUR, "h");
}

/** Wall-clock minutes of a CloudWatch-style datapoint, in the learner's time zone ("14:05"). */
export function formatClock(epochMs: number): string {
  return new Date(epochMs).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false });
}
