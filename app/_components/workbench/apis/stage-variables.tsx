"use client";
/** Stage variables: name/value pairs the stage passes to integrations, templates and authorizers. */
import { useState, type FormEvent } from "react";
import type { Stage } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, inputClass, SmallButton, TextInput } from "../controls";
import { toVariablePatch } from "./stage-patch";
import { useStageUpdate } from "./use-stage-update";

export function StageVariables({ restApiId, stage }: { restApiId: string; stage: Stage }) {
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const saved = stage.variables ?? {};
  const [values, setValues] = useState<Record<string, string>>(saved);
  const [name, setName] = useState("");
  const [value, setValue] = useState("");
  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (await update([toVariablePatch(name.trim(), value)])) {
      setName("");
      setValue("");
    }
  };
  const remove = (variable: string) => {
    if (window.confirm(`Remove stage variable ${variable}?`))
      void update([toVariablePatch(variable, undefined)]);
  };
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Use them as <code>{"${stageVariables.name}"}</code> in integration URIs and Lambda ARNs, and as{" "}
        <code>$stageVariables.name</code> in mapping templates. They change without a redeploy. Names:
        letters, digits and _; values: up to 512 characters of letters, digits and{" "}
        <code>-._~:/?#&amp;=,</code> and spaces.
      </p>
      <ErrorNote error={error} />
      {Object.keys(saved).length === 0 ? <Empty>No stage variables.</Empty> : null}
      <ul className="space-y-2">
        {Object.keys(saved).map((variable) => (
          <li key={variable} className="grid items-center gap-2 sm:grid-cols-[10rem_minmax(0,1fr)_auto_auto]">
            <code className="font-mono text-sm">{variable}</code>
            <input
              className={`${inputClass} font-mono`}
              aria-label={`Value of ${variable}`}
              value={values[variable] ?? ""}
              onChange={(event) => setValues({ ...values, [variable]: event.target.value })}
            />
            <SmallButton
              disabled={pending || values[variable] === saved[variable]}
              onClick={() => update([toVariablePatch(variable, values[variable] ?? "")])}
              aria-label={`Save ${variable}`}
            >
              Save
            </SmallButton>
            <SmallButton
              variant="danger"
              disabled={pending}
              onClick={() => remove(variable)}
              aria-label={`Remove ${variable}`}
            >
              Remove
            </SmallButton>
          </li>
        ))}
      </ul>
      <form
        onSubmit={add}
        aria-label="Add stage variable"
        className="grid items-end gap-2 sm:grid-cols-[10rem_minmax(0,1fr)_auto]"
      >
        <TextInput
          label="Variable name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          required
          pattern="[A-Za-z0-9_]+"
          maxLength={64}
        />
        <TextInput
          label="Variable value"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          required
          maxLength={512}
        />
        <SmallButton type="submit" variant="primary" disabled={pending || !name.trim()} className="mb-0.5">
          Add variable
        </SmallButton>
      </form>
    </div>
  );
}
