"use client";
/** One identity of the credentials mix: its weight, the header it sends and that header's value. */
import { useState } from "react";
import type { ApiKey } from "@/lib/gateway/control/types";
import { SelectInput, SmallButton } from "../controls";
import type { CredentialHeader, CredentialRow as Row, TrafficFormErrors } from "./build-traffic-plan";
import { CheckedInput } from "./checked-input";

const HEADERS: readonly CredentialHeader[] = ["x-api-key", "Authorization"];

function keyLabel(key: ApiKey): string {
  const name = key.name ?? key.id;
  return key.enabled ? name : `${name} (disabled)`;
}

export function CredentialRow({
  row,
  position,
  apiKeys,
  errors,
  onChange,
  onRemove,
}: {
  row: Row;
  position: number;
  apiKeys: readonly ApiKey[];
  errors: TrafficFormErrors;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
}) {
  const [reveal, setReveal] = useState(false);
  const chosenKey = apiKeys.find((key) => key.value !== undefined && key.value === row.value)?.id ?? "";
  const offerKeys = row.header === "x-api-key" && apiKeys.length > 0;
  return (
    <fieldset className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[5rem_9rem_minmax(0,1fr)] dark:border-slate-800">
      <legend className="px-1 text-xs font-semibold text-slate-600 dark:text-slate-300">
        Credential {position}
      </legend>
      <CheckedInput
        label="Weight"
        type="number"
        min={0}
        step="any"
        value={row.weight}
        error={errors[`credential-${row.id}-weight`]}
        onChange={(e) => onChange({ weight: e.target.value })}
      />
      <SelectInput
        label="Header"
        options={HEADERS}
        value={row.header}
        onChange={(e) => onChange({ header: e.target.value as CredentialHeader })}
      />
      <div className="space-y-2">
        {offerKeys ? (
          <SelectInput
            label="API key"
            options={[
              { value: "", label: "Type a value, or pick a key…" },
              ...apiKeys.map((k) => ({ value: k.id, label: keyLabel(k) })),
            ]}
            value={chosenKey}
            onChange={(e) => onChange({ value: apiKeys.find((k) => k.id === e.target.value)?.value ?? "" })}
          />
        ) : null}
        <div className="flex items-end gap-2">
          <div className="min-w-0 flex-1">
            <CheckedInput
              label="Value"
              type={reveal ? "text" : "password"}
              autoComplete="off"
              spellCheck={false}
              placeholder={
                row.header === "Authorization" ? "Bearer eyJ… or an authorizer token" : "API key value"
              }
              value={row.value}
              error={errors[`credential-${row.id}-value`]}
              onChange={(e) => onChange({ value: e.target.value })}
            />
          </div>
          <SmallButton aria-pressed={reveal} onClick={() => setReveal((r) => !r)} className="mb-1">
            {reveal ? "Hide" : "Show"}
          </SmallButton>
        </div>
      </div>
      <div className="sm:col-span-3">
        <SmallButton variant="danger" onClick={onRemove} aria-label={`Remove credential ${position}`}>
          Remove
        </SmallButton>
      </div>
    </fieldset>
  );
}
