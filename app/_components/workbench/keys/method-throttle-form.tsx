"use client";
/** One per-method throttle override of an API stage in a usage plan: resource path, method, rate, burst. */
import { useState } from "react";
import { SelectInput, SmallButton, TextInput } from "../controls";
import { toMethodThrottleKey } from "./usage-plan-patch";

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY", "*"];

export interface MethodThrottle {
  key: string;
  rateLimit: number;
  burstLimit: number;
}

export function MethodThrottleForm({
  stageLabel,
  onAdd,
  disabled,
}: {
  stageLabel: string;
  onAdd: (throttle: MethodThrottle) => void;
  disabled?: boolean;
}) {
  const [path, setPath] = useState("/");
  const [method, setMethod] = useState("GET");
  const [rate, setRate] = useState("1");
  const [burst, setBurst] = useState("1");
  const rateLimit = Number(rate);
  const burstLimit = Number(burst);
  const valid =
    path.trim() !== "" &&
    rate.trim() !== "" &&
    rateLimit >= 0 &&
    Number.isInteger(burstLimit) &&
    burstLimit >= 0;
  const add = () => {
    if (valid) onAdd({ key: toMethodThrottleKey(path.trim(), method), rateLimit, burstLimit });
  };
  return (
    <div
      role="group"
      aria-label={`Method throttle for ${stageLabel}`}
      className="flex flex-wrap items-end gap-2"
      onKeyDown={(event) => {
        if (event.key === "Enter" && event.target instanceof HTMLInputElement) {
          event.preventDefault();
          add();
        }
      }}
    >
      <div className="w-32">
        <TextInput label="Resource path" value={path} onChange={(e) => setPath(e.target.value)} />
      </div>
      <div className="w-28">
        <SelectInput
          label="Method"
          value={method}
          onChange={(e) => setMethod(e.target.value)}
          options={METHODS}
        />
      </div>
      <div className="w-24">
        <TextInput
          label="Method rate"
          inputMode="decimal"
          value={rate}
          onChange={(e) => setRate(e.target.value)}
        />
      </div>
      <div className="w-24">
        <TextInput
          label="Method burst"
          inputMode="numeric"
          value={burst}
          onChange={(e) => setBurst(e.target.value)}
        />
      </div>
      <SmallButton onClick={add} disabled={disabled || !valid} className="mb-0.5">
        Add method throttle
      </SmallButton>
    </div>
  );
}
