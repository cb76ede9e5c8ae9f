import { describe, expect, it } from "vitest";
import {
  describeSeries,
  formatCount,
  formatMs,
  formatPercent,
  type ChartRow,
  type ChartSeries,
} from "@/app/_components/charts/chart-series";
import { formatDuration } from "@/app/_components/charts/format-time";

const rows: ChartRow[] = [
  { x: 0, ok: 3, p50: 12 },
  { x: 1000, ok: 0, p50: null },
  { x: 2000, ok: 5, p50: 40 },
];
const series: ChartSeries[] = [
  { key: "ok", label: "2xx", color: "#000" },
  { key: "p50", label: "p50", color: "#000", summary: "range" },
];

describe("describeSeries", () => {
  it("gives the span and, per series, the total and peak of counts or the range of values", () => {
    const text = describeSeries({
      title: "Status",
      rows,
      series,
      formatX: formatDuration,
      formatValue: formatCount,
    });
    expect(text).toBe("Status, 3 points from 0 s to 2 s. 2xx: total 8, peak 5; p50: from 12 to 40.");
  });

  it("says there is no data for an empty chart or an all-null series", () => {
    expect(
      describeSeries({ title: "Latency", rows: [], series, formatX: String, formatValue: formatMs }),
    ).toBe("Latency: no data.");
    const empty = describeSeries({
      title: "T",
      rows: [{ x: 0, p50: null }],
      series: [series[1]!],
      formatX: String,
      formatValue: formatMs,
    });
    expect(empty).toBe("T, 1 point from 0 to 0. p50: no data.");
  });
});

describe("value formats", () => {
  it("groups thousands, keeps two decimals at most and shows a dash for a missing number", () => {
    expect(formatCount(12345)).toBe("12,345");
    expect(formatCount(2 / 3)).toBe("0.67");
    expect(formatCount(Number.NaN)).toBe("—");
  });

  it("shows milliseconds with one decimal below 10 ms and percentages with one decimal", () => {
    expect(formatMs(3.14159)).toBe("3.1 ms");
    expect(formatMs(123.6)).toBe("124 ms");
    expect(formatPercent(66.666)).toBe("66.7%");
  });
});

describe("formatDuration", () => {
  it("uses the largest readable unit", () => {
    expect(formatDuration(0)).toBe("0 s");
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(1500)).toBe("1.5 s");
    expect(formatDuration(12_340)).toBe("12.3 s");
    expect(formatDuration(250_000)).toBe("4 min 10 s");
    expect(formatDuration(120_000)).toBe("2 min");
    expect(formatDuration(2 * 3_600_000 + 3 * 60_000)).toBe("2 h 3 min");
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe("3 d 4 h");
  });

  it("carries a rounded-up remainder into the larger unit", () => {
    expect(formatDuration(119_700)).toBe("2 min");
  });
});
