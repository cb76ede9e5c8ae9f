"use client";
/** Key/value rows for a function's environment variables. */
import { SmallButton, inputClass } from "../controls";
import { newVariableRow, type VariableRow } from "./environment-variables";

export function EnvVarsEditor({
  rows,
  onChange,
}: {
  rows: VariableRow[];
  onChange: (rows: VariableRow[]) => void;
}) {
  const update = (id: number, patch: Partial<VariableRow>) =>
    onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">
        Environment variables
      </legend>
      {rows.length === 0 ? <p className="text-xs text-slate-500 dark:text-slate-400">None.</p> : null}
      {rows.map((row, index) => (
        <div key={row.id} className="flex flex-wrap items-center gap-2 sm:flex-nowrap">
          <input
            aria-label={`Variable ${index + 1} key`}
            placeholder="KEY"
            className={`${inputClass} font-mono sm:w-48`}
            value={row.key}
            onChange={(e) => update(row.id, { key: e.target.value })}
            spellCheck={false}
          />
          <input
            aria-label={`Variable ${index + 1} value`}
            placeholder="value"
            className={`${inputClass} font-mono`}
            value={row.value}
            onChange={(e) => update(row.id, { value: e.target.value })}
            spellCheck={false}
          />
          <SmallButton
            variant="danger"
            aria-label={`Remove variable ${row.key || index + 1}`}
            onClick={() => onChange(rows.filter((candidate) => candidate.id !== row.id))}
          >
            Remove
          </SmallButton>
        </div>
      ))}
      <SmallButton onClick={() => onChange([...rows, newVariableRow()])}>Add variable</SmallButton>
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Read in code as <code>process.env.KEY</code>. At most 4 KB in all; saving replaces every variable.
      </p>
    </fieldset>
  );
}
