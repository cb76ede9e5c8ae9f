"use client";
import { inputClass, SmallButton } from "../controls";
import type { KeyValueRow } from "./key-value-rows";

/** Editable name/value rows for a map field; each input is labelled with its row for screen readers. */
export function KeyValueRowsEditor({
  rows,
  onChange,
  keyLabel,
  valueLabel,
  addLabel,
  keyPlaceholder,
  valuePlaceholder,
}: {
  rows: readonly KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  keyLabel: string;
  valueLabel: string;
  addLabel: string;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
}) {
  const set = (index: number, patch: Partial<KeyValueRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <div className="space-y-2">
      {rows.length > 0 ? (
        <div className="hidden grid-cols-[minmax(0,1fr)_minmax(0,1.5fr)_auto] gap-2 text-xs font-medium text-slate-600 sm:grid dark:text-slate-300">
          <span>{keyLabel}</span>
          <span>{valueLabel}</span>
          <span className="sr-only">Actions</span>
        </div>
      ) : null}
      {rows.map((row, index) => (
        <div key={index} className="grid gap-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.5fr)_auto]">
          <input
            className={`${inputClass} font-mono`}
            aria-label={`${keyLabel} ${index + 1}`}
            placeholder={keyPlaceholder}
            value={row.key}
            onChange={(event) => set(index, { key: event.target.value })}
          />
          <input
            className={`${inputClass} font-mono`}
            aria-label={`${valueLabel} ${index + 1}`}
            placeholder={valuePlaceholder}
            value={row.value}
            onChange={(event) => set(index, { value: event.target.value })}
          />
          <SmallButton
            variant="danger"
            aria-label={`Remove row ${index + 1}`}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            Remove
          </SmallButton>
        </div>
      ))}
      <SmallButton onClick={() => onChange([...rows, { key: "", value: "" }])}>{addLabel}</SmallButton>
    </div>
  );
}
