"use client";
/**
 * A responsive time series chart (lines, stacked areas or bars, mixed) in the workbench's chart frame, with
 * its accessible summary and data table derived from the same rows.
 */
import { useMemo, type ReactNode } from "react";
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartFrame } from "./chart-frame";
import {
  describeSeries,
  formatCount,
  type ChartRow,
  type ChartSeries,
  type ValueFormat,
} from "./chart-series";
import {
  ANIMATION_POINT_LIMIT,
  axisProps,
  gridProps,
  legendWrapperStyle,
  tooltipContentStyle,
  tooltipLabelStyle,
} from "./chart-theme";

export interface TimeSeriesChartProps {
  title: string;
  rows: readonly ChartRow[];
  series: readonly ChartSeries[];
  formatX: (x: number) => string;
  /** The table's first column header ("Time", "Offset"). */
  xLabel?: string;
  formatValue?: ValueFormat;
  /** A fixed value axis, e.g. [0, 100] for a percentage. */
  yDomain?: [number, number];
  height?: number;
  note?: ReactNode;
  /** Replaces the generated screen-reader summary. */
  summary?: string;
}

function renderSeries(series: ChartSeries, animate: boolean) {
  const common = { dataKey: series.key, name: series.label, isAnimationActive: animate };
  switch (series.kind ?? "line") {
    case "area":
      return (
        <Area
          key={series.key}
          {...common}
          type="linear"
          stackId={series.stackId}
          stroke={series.color}
          fill={series.color}
          fillOpacity={0.35}
          connectNulls={false}
        />
      );
    case "bar":
      return (
        <Bar key={series.key} {...common} stackId={series.stackId} fill={series.color} maxBarSize={24} />
      );
    case "line":
      return (
        <Line
          key={series.key}
          {...common}
          type="linear"
          stroke={series.color}
          strokeWidth={2}
          dot={false}
          connectNulls={false}
        />
      );
  }
}

export function TimeSeriesChart({
  title,
  rows,
  series,
  formatX,
  xLabel = "Time",
  formatValue = formatCount,
  yDomain,
  height = 220,
  note,
  summary,
}: TimeSeriesChartProps) {
  const spoken = useMemo(
    () => summary ?? describeSeries({ title, rows, series, formatX, formatValue }),
    [summary, title, rows, series, formatX, formatValue],
  );
  const animate = rows.length <= ANIMATION_POINT_LIMIT;
  const data = rows as ChartRow[];
  return (
    <ChartFrame
      title={title}
      summary={spoken}
      height={height}
      note={note}
      table={{ xLabel, formatX, formatValue, series, rows }}
    >
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        <ComposedChart
          data={data}
          margin={{ top: 4, right: 8, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="x" {...axisProps} tickFormatter={(x: number) => formatX(x)} minTickGap={24} />
          <YAxis
            {...axisProps}
            width={64}
            domain={yDomain ?? [0, "auto"]}
            tickFormatter={(v: number) => formatValue(v)}
            allowDecimals={false}
          />
          <Tooltip
            contentStyle={tooltipContentStyle}
            labelStyle={tooltipLabelStyle}
            cursor={{ fill: "var(--chart-cursor)", stroke: "var(--chart-grid)" }}
            labelFormatter={(label) => (typeof label === "number" ? formatX(label) : label)}
            formatter={(value) => (typeof value === "number" ? formatValue(value) : "—")}
            isAnimationActive={false}
          />
          <Legend wrapperStyle={legendWrapperStyle} iconSize={10} />
          {series.map((s) => renderSeries(s, animate))}
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
