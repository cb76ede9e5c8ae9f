"use client";
/** The run at a glance: counts by status class, throttling, cache hit ratio, latency and time taken. */
import { formatDuration } from "@/app/_components/charts/format-time";
import { formatCount, formatMs, formatPercent } from "@/app/_components/charts/chart-series";
import type { TrafficSummary } from "./traffic-chart-rows";

function Tile({
  label,
  value,
  detail,
  tone,
}: {
  label: string;
  value: string;
  detail?: string;
  tone?: string;
}) {
  return (
    <div data-tile={label} className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
      <dt className="text-xs font-medium text-slate-500 dark:text-slate-400">{label}</dt>
      <dd
        className={`font-mono text-lg font-semibold tabular-nums ${tone ?? "text-slate-900 dark:text-slate-100"}`}
      >
        {value}
      </dd>
      {detail ? <dd className="text-xs text-slate-500 dark:text-slate-400">{detail}</dd> : null}
    </div>
  );
}

function share(part: number, whole: number): string | undefined {
  return whole > 0 ? `${formatPercent((part / whole) * 100)} of requests` : undefined;
}

export function TrafficTiles({ summary }: { summary: TrafficSummary }) {
  const s = summary;
  return (
    <dl aria-label="Run summary" className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4">
      <Tile
        label="Requests"
        value={formatCount(s.requests)}
        detail={
          s.averageRatePerSecond !== null
            ? `${formatCount(s.averageRatePerSecond)} requests/s on average`
            : undefined
        }
      />
      <Tile
        label="2xx"
        value={formatCount(s.status2xx)}
        detail={share(s.status2xx, s.requests)}
        tone="text-emerald-700 dark:text-emerald-400"
      />
      <Tile
        label="4xx"
        value={formatCount(s.status4xx)}
        detail={
          s.throttled > 0 && s.requests > 0
            ? `${formatPercent((s.status4xx / s.requests) * 100)}, throttling included`
            : share(s.status4xx, s.requests)
        }
        tone="text-amber-700 dark:text-amber-400"
      />
      <Tile
        label="5xx"
        value={formatCount(s.status5xx)}
        detail={share(s.status5xx, s.requests)}
        tone="text-red-700 dark:text-red-400"
      />
      <Tile
        label="Throttled (429)"
        value={formatCount(s.throttled)}
        detail={
          s.quotaExceeded > 0 ? `${formatCount(s.quotaExceeded)} over quota` : share(s.throttled, s.requests)
        }
        tone="text-orange-700 dark:text-orange-400"
      />
      <Tile
        label="Cache hit ratio"
        value={s.cacheHitRatio === null ? "—" : formatPercent(s.cacheHitRatio)}
        detail={
          s.cacheHitRatio === null
            ? "no cache lookups"
            : `${formatCount(s.cacheHits)} hits, ${formatCount(s.cacheMisses)} misses`
        }
      />
      <Tile label="Latency p50 / p90" value={`${formatMs(s.p50)} / ${formatMs(s.p90)}`} />
      <Tile label="Latency p99" value={formatMs(s.p99)} detail={`max ${formatMs(s.max)}`} />
      <Tile
        label="Simulated duration"
        value={formatDuration(s.durationSimulatedMs)}
        detail={`computed in ${formatCount(Math.round(s.wallMs))} ms of real time`}
      />
    </dl>
  );
}
