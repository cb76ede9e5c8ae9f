"use client";
/** A finished run: summary tiles, charts over simulated time and sample responses. */
import { useMemo } from "react";
import { Panel } from "../controls";
import { SampleResponses } from "./sample-responses";
import { TrafficCharts } from "./traffic-charts";
import { toTrafficSummary } from "./traffic-chart-rows";
import { TrafficTiles } from "./traffic-tiles";
import type { TrafficResult } from "./use-traffic-run";

export function TrafficResults({ result }: { result: TrafficResult }) {
  const { report, plan, stage } = result;
  const summary = useMemo(() => toTrafficSummary(report), [report]);
  const showCache = (stage?.cacheClusterEnabled ?? false) || summary.cacheHitRatio !== null;
  return (
    <Panel title="Results">
      <div className="space-y-4">
        <p className="text-xs text-slate-500 dark:text-slate-400">
          <span className="font-mono">
            {plan.method} /{plan.stageName}
            {plan.path}
          </span>{" "}
          × {plan.requests.toLocaleString("en-US")}
        </p>
        <TrafficTiles summary={summary} />
        <TrafficCharts report={report} showCache={showCache} />
        <SampleResponses samples={report.samples} />
      </div>
    </Panel>
  );
}
