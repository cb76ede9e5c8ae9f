"use client";
/** The optional mix of identities a run sends, each request drawing one in proportion to its weight. */
import type { ApiKey } from "@/lib/gateway/control/types";
import { SmallButton } from "../controls";
import type { CredentialRow as Row, TrafficFormErrors } from "./build-traffic-plan";
import { CredentialRow } from "./credential-row";

let nextRowId = 0;

export function CredentialsMix({
  rows,
  apiKeys,
  errors,
  onChange,
}: {
  rows: readonly Row[];
  apiKeys: readonly ApiKey[];
  errors: TrafficFormErrors;
  onChange: (rows: Row[]) => void;
}) {
  const add = () => {
    const key = apiKeys.find((k) => k.enabled && k.value);
    onChange([...rows, { id: `c${++nextRowId}`, weight: "1", header: "x-api-key", value: key?.value ?? "" }]);
  };
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Credentials mix (optional)
      </legend>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Each request picks one credential at random, in proportion to its weight. Mix API keys to watch
        per-client throttling: each key is throttled by the limits of its usage plan, and a method that
        requires a key answers 403 Forbidden without a valid one.
      </p>
      {rows.map((row, index) => (
        <CredentialRow
          key={row.id}
          row={row}
          position={index + 1}
          apiKeys={apiKeys}
          errors={errors}
          onChange={(patch) => onChange(rows.map((r) => (r.id === row.id ? { ...r, ...patch } : r)))}
          onRemove={() => onChange(rows.filter((r) => r.id !== row.id))}
        />
      ))}
      <SmallButton onClick={add}>Add credential</SmallButton>
    </fieldset>
  );
}
