/**
 * The shared vocabulary of the workbench's charts: a row is one point in time, a series names one of its
 * numeric columns and how to draw and summarise it. Pure, so the summaries and tables are unit-tested.
 */

/** One point of a time series chart: `x` is the time (offset or epoch ms), the rest are series values. */
export type ChartRow = { x: number } & Record<string, number | null>;

export interface ChartSeries {
  /** The row column this series reads. */
  key: string;
  label: string;
  /** A colour readable on both the light and the dark background. */
  color: string;
  kind?: "line" | "area" | "bar";
  /** Series with the same stack id are drawn on top of each other. */
  stackId?: string;
  /** How the accessible summary describes the series: a total (counts) or its range (latencies, ratios). */
  summary?: "total" | "range";
}

/** Mid-tone colours (Tailwind 500s) that keep their contrast on white and on slate-900. */
export const CHART_COLORS = {
  green: "#10b981",
  blue: "#3b82f6",
  sky: "#0ea5e9",
  amber: "#f59e0b",
  orange: "#f97316",
  red: "#ef4444",
  violet: "#8b5cf6",
  slate: "#64748b",
} as const;

/** A value formatter for axes, tooltips, tables and summaries. */
export type ValueFormat = (value: number) => string;

const NO_VALUE = "—";

export const formatCount: ValueFormat = (value) =>
  Number.isFinite(value) ? value.toLocaleString("en-US", { maximumFractionDigits: 2 }) : NO_VALUE;

export const formatMs: ValueFormat = (value) =>
  Number.isFinite(value)
    ? `${value.toLocaleString("en-US", { maximumFractionDigits: Math.abs(value) < 10 ? 1 : 0 })} ms`
    : NO_VALUE;

export const formatPercent: ValueFormat = (value) =>
  Number.isFinite(value) ? `${value.toLocaleString("en-US", { maximumFractionDigits: 1 })}%` : NO_VALUE;

function numbersOf(rows: readonly ChartRow[], key: string): number[] {
  const values: number[] = [];
  for (const row of rows) {
    const value = row[key];
    if (typeof value === "number" && Number.isFinite(value)) values.push(value);
  }
  return values;
}

function describeOne(rows: readonly ChartRow[], series: ChartSeries, format: ValueFormat): string {
  const values = numbersOf(rows, series.key);
  if (values.length === 0) return `${series.label}: no data`;
  if ((series.summary ?? "total") === "total") {
    const total = values.reduce((sum, value) => sum + value, 0);
    return `${series.label}: total ${format(total)}, peak ${format(Math.max(...values))}`;
  }
  return `${series.label}: from ${format(Math.min(...values))} to ${format(Math.max(...values))}`;
}

/**
 * The screen-reader summary of a chart: what it spans and, per series, its total and peak (counts) or its
 * range (latencies, ratios). The numbers themselves are in the chart's data table.
 */
export function describeSeries(options: {
  title: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  formatX: (x: number) => string;
  formatValue: ValueFormat;
}): string {
  const { title, rows, series, formatX, formatValue } = options;
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return `${title}: no data.`;
  const span = `${rows.length} ${rows.length === 1 ? "point" : "points"} from ${formatX(first.x)} to ${formatX(last.x)}`;
  const parts = series.map((s) => describeOne(rows, s, formatValue));
  return `${title}, ${span}. ${parts.join("; ")}.`;
}
