"use client";
/** Stage-wide throttling: the `*\/*` method setting every method inherits unless overridden. */
import { useState, type FormEvent } from "react";
import type { Stage } from "@/lib/gateway/control/types";
import { ErrorNote, SmallButton, TextInput } from "../controls";
import { STAGE_DEFAULT_KEY, toMethodSettingPath, toThrottlePatch } from "./stage-patch";
import { useStageUpdate } from "./use-stage-update";

export function ThrottleHint() {
  return (
    <p className="text-xs text-slate-500 dark:text-slate-400">
      API Gateway throttles with a token bucket: the <strong>rate</strong> is the steady refill in requests
      per second, the <strong>burst</strong> is the bucket size, how many requests may arrive at once. Over
      the limit callers get <code>429 Too Many Requests</code>. Account default: 10,000 requests per second,
      burst 5,000; stage and method limits cannot exceed it.
    </p>
  );
}

export function StageThrottling({ restApiId, stage }: { restApiId: string; stage: Stage }) {
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const current = stage.methodSettings[STAGE_DEFAULT_KEY];
  const [rateLimit, setRateLimit] = useState(String(current?.throttlingRateLimit ?? ""));
  const [burstLimit, setBurstLimit] = useState(String(current?.throttlingBurstLimit ?? ""));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await update(toThrottlePatch(toMethodSettingPath(STAGE_DEFAULT_KEY), { rateLimit, burstLimit }));
  };
  return (
    <form onSubmit={submit} aria-label="Stage throttling" className="space-y-3">
      <ThrottleHint />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          label="Rate (requests per second)"
          type="number"
          min={0}
          step="any"
          value={rateLimit}
          onChange={(event) => setRateLimit(event.target.value)}
          placeholder="10000"
        />
        <TextInput
          label="Burst (requests)"
          type="number"
          min={0}
          step={1}
          value={burstLimit}
          onChange={(event) => setBurstLimit(event.target.value)}
          placeholder="5000"
        />
      </div>
      <ErrorNote error={error} />
      <SmallButton
        type="submit"
        variant="primary"
        disabled={pending || (!rateLimit.trim() && !burstLimit.trim())}
      >
        Save throttling
      </SmallButton>
    </form>
  );
}
