/**
 * Chart colours as CSS variables set on the chart's wrapper, so the SVG follows the `dark` class without
 * re-rendering: recharts passes `var(--chart-…)` straight to fill/stroke attributes and tooltip styles.
 */
import type { CSSProperties } from "react";

/** Put on the element around a chart: light values, then their dark counterparts (slate scale). */
export const chartThemeClass =
  "[--chart-grid:#e2e8f0] [--chart-axis:#64748b] [--chart-text:#0f172a] [--chart-tooltip-bg:#ffffff] [--chart-tooltip-border:#cbd5e1] [--chart-cursor:#f1f5f9] " +
  "dark:[--chart-grid:#1e293b] dark:[--chart-axis:#94a3b8] dark:[--chart-text:#f1f5f9] dark:[--chart-tooltip-bg:#0f172a] dark:[--chart-tooltip-border:#334155] dark:[--chart-cursor:#1e293b]";

export const axisProps = {
  stroke: "var(--chart-axis)",
  tick: { fill: "var(--chart-axis)", fontSize: 11 },
  tickLine: false,
} as const;

export const gridProps = { stroke: "var(--chart-grid)", strokeDasharray: "3 3", vertical: false } as const;

export const tooltipContentStyle: CSSProperties = {
  backgroundColor: "var(--chart-tooltip-bg)",
  border: "1px solid var(--chart-tooltip-border)",
  borderRadius: 6,
  color: "var(--chart-text)",
  fontSize: 12,
  padding: "6px 8px",
};

export const tooltipLabelStyle: CSSProperties = { color: "var(--chart-text)", fontWeight: 600 };

export const legendWrapperStyle: CSSProperties = { fontSize: 12, color: "var(--chart-text)" };

/** Above this many points recharts' entry animation costs more than it shows. */
export const ANIMATION_POINT_LIMIT = 60;
