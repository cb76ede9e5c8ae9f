"use client";
/** An indeterminate progress bar with the elapsed real time, and the button that abandons the run. */
import { useEffect, useState } from "react";
import { formatDuration } from "@/app/_components/charts/format-time";
import { SmallButton } from "../controls";

/** The sliding segment of an indeterminate bar; reduced-motion users get it still (globals.css). */
const SLIDE_KEYFRAMES =
  "@keyframes gw-traffic-slide{from{transform:translateX(-100%)}to{transform:translateX(300%)}}";

export function RunProgress({
  since,
  requests,
  onCancel,
}: {
  since: number;
  requests: number;
  onCancel: () => void;
}) {
  const [now, setNow] = useState(since);
  useEffect(() => {
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, []);
  const elapsed = formatDuration(Math.max(0, now - since));
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <p className="text-slate-700 dark:text-slate-200">
          Sending {requests.toLocaleString("en-US")} requests…
        </p>
        <div className="flex items-center gap-3">
          <span className="font-mono text-xs tabular-nums text-slate-500 dark:text-slate-400">
            {elapsed} elapsed
          </span>
          <SmallButton onClick={onCancel}>Cancel run</SmallButton>
        </div>
      </div>
      <div
        role="progressbar"
        aria-label="Traffic run progress"
        aria-valuetext={`Running, ${elapsed} elapsed`}
        className="relative h-1.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <style>{SLIDE_KEYFRAMES}</style>
        <div
          className="absolute inset-y-0 left-0 w-1/3 rounded-full bg-brand-600 dark:bg-brand-500"
          style={{ animation: "gw-traffic-slide 1.2s ease-in-out infinite" }}
        />
      </div>
    </div>
  );
}
