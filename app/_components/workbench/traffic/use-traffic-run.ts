"use client";
/**
 * One traffic run at a time. Cancel cannot stop a run already on the server (or in the browser engine); it
 * forgets it, so its answer is ignored when it arrives and the previous result stays on screen.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Stage } from "@/lib/gateway/control/types";
import type { TrafficPlanInput, TrafficReport } from "@/lib/gateway/traffic";
import { useWorkbench } from "../workbench-context";
import { isTrafficReport } from "./traffic-chart-rows";

export interface TrafficResult {
  report: TrafficReport;
  plan: TrafficPlanInput;
  /** The stage as it was when the run started (its cache and throttling settings explain the charts). */
  stage: Stage | undefined;
}

export interface TrafficRunState {
  /** performance.now() when the current run started; undefined when idle. */
  runningSince: number | undefined;
  requests: number;
  result: TrafficResult | undefined;
  error: Error | undefined;
  cancelled: boolean;
}

export function useTrafficRun() {
  const { transport } = useWorkbench();
  const current = useRef(0);
  const [state, setState] = useState<TrafficRunState>({
    runningSince: undefined,
    requests: 0,
    result: undefined,
    error: undefined,
    cancelled: false,
  });
  useEffect(
    () => () => {
      current.current++;
    },
    [],
  );

  const run = useCallback(
    async (plan: TrafficPlanInput, stage: Stage | undefined) => {
      const id = ++current.current;
      setState((s) => ({
        ...s,
        runningSince: performance.now(),
        requests: plan.requests,
        error: undefined,
        cancelled: false,
      }));
      try {
        const answer = await transport.traffic(plan);
        if (id !== current.current) return;
        if (!isTrafficReport(answer)) throw new Error("The traffic generator did not answer with a report.");
        setState((s) => ({ ...s, runningSince: undefined, result: { report: answer, plan, stage } }));
      } catch (reason) {
        if (id !== current.current) return;
        const error = reason instanceof Error ? reason : new Error(String(reason));
        setState((s) => ({ ...s, runningSince: undefined, error }));
      }
    },
    [transport],
  );

  const cancel = useCallback(() => {
    current.current++;
    setState((s) => ({ ...s, runningSince: undefined, cancelled: true }));
  }, []);

  return { ...state, run, cancel };
}
