"use client";
/**
 * The frame every workbench chart sits in: a visible title, the chart as one image with a spoken summary,
 * an optional note, and a "Show data as table" disclosure with the same numbers.
 */
import { useId, useState, type ReactNode } from "react";
import { ChartDataTable } from "./chart-data-table";
import type { ChartRow, ChartSeries, ValueFormat } from "./chart-series";
import { chartThemeClass } from "./chart-theme";

export interface ChartTableSpec {
  xLabel: string;
  formatX: (x: number) => string;
  formatValue: ValueFormat;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
}

export function ChartFrame({
  title,
  summary,
  table,
  height = 220,
  note,
  children,
}: {
  title: string;
  /** What a screen reader announces for the chart image. */
  summary: string;
  table: ChartTableSpec;
  height?: number;
  /** A short explanation under the chart (what the metric means). */
  note?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  const tableId = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <section
      aria-labelledby={headingId}
      className={`min-w-0 rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900 ${chartThemeClass}`}
    >
      <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
        <h4 id={headingId} className="text-sm font-semibold text-slate-800 dark:text-slate-100">
          {title}
        </h4>
        <button
          type="button"
          aria-expanded={showTable}
          aria-controls={tableId}
          onClick={() => setShowTable((shown) => !shown)}
          className="rounded px-1.5 py-0.5 text-xs font-medium text-brand-700 hover:bg-brand-50 dark:text-brand-100 dark:hover:bg-slate-800"
        >
          <span aria-hidden="true">{showTable ? "▾ " : "▸ "}</span>
          Show data as table
        </button>
      </div>
      <div role="img" aria-label={summary} style={{ height }} className="w-full min-w-0">
        {children}
      </div>
      {note ? <div className="mt-2 text-xs text-slate-600 dark:text-slate-400">{note}</div> : null}
      <div id={tableId} hidden={!showTable}>
        {showTable ? <ChartDataTable caption={title} {...table} /> : null}
      </div>
    </section>
  );
}
