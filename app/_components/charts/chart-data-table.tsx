"use client";
/** The numbers behind a chart as an HTML table, for screen readers and for anyone who wants exact values. */
import type { ChartRow, ChartSeries, ValueFormat } from "./chart-series";

export function ChartDataTable({
  caption,
  xLabel,
  formatX,
  formatValue,
  series,
  rows,
}: {
  caption: string;
  xLabel: string;
  formatX: (x: number) => string;
  formatValue: ValueFormat;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
}) {
  return (
    <div
      role="region"
      aria-label={`${caption} data`}
      tabIndex={0}
      className="mt-2 max-h-72 overflow-auto rounded-md border border-slate-200 dark:border-slate-800"
    >
      <table className="w-full border-collapse text-left text-xs tabular-nums">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 dark:bg-slate-800">
          <tr>
            <th scope="col" className="px-2 py-1 font-semibold">
              {xLabel}
            </th>
            {series.map((s) => (
              <th key={s.key} scope="col" className="px-2 py-1 text-right font-semibold">
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.x} className="border-t border-slate-100 dark:border-slate-800">
              <th scope="row" className="px-2 py-0.5 font-normal text-slate-600 dark:text-slate-300">
                {formatX(row.x)}
              </th>
              {series.map((s) => {
                const value = row[s.key];
                return (
                  <td key={s.key} className="px-2 py-0.5 text-right">
                    {typeof value === "number" ? formatValue(value) : "—"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
