"use client";
/** UpdateFunctionConfiguration: runtime, handler, role, timeout, memory, description and environment variables. */
import { useState, type FormEvent } from "react";
import { ErrorNote, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { EnvVarsEditor } from "./env-vars-editor";
import { toVariableRows, toVariables, type VariableRow } from "./environment-variables";
import { RUNTIMES, type FunctionConfiguration } from "./lambda-types";

function wholeNumberIn(text: string, field: string, min: number, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${field} must be a whole number from ${min} to ${max}.`);
  return value;
}

export function ConfigPanel({ fn }: { fn: FunctionConfiguration }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [runtime, setRuntime] = useState(fn.Runtime);
  const [handler, setHandler] = useState(fn.Handler);
  const [role, setRole] = useState(fn.Role);
  const [timeout, setTimeoutText] = useState(String(fn.Timeout));
  const [memory, setMemory] = useState(String(fn.MemorySize));
  const [description, setDescription] = useState(fn.Description ?? "");
  const [rows, setRows] = useState<VariableRow[]>(() => toVariableRows(fn.Environment?.Variables));
  const [saved, setSaved] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    void action.run(async () => {
      await transport.call("lambda", "updateFunctionConfiguration", {
        FunctionName: fn.FunctionName,
        Runtime: runtime,
        Handler: handler.trim(),
        Role: role.trim(),
        Timeout: wholeNumberIn(timeout, "Timeout", 1, 900),
        MemorySize: wholeNumberIn(memory, "Memory", 128, 10_240),
        Description: description,
        Environment: { Variables: toVariables(rows) },
      });
      setSaved(true);
      changed();
    });
  };

  return (
    <form onSubmit={submit} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectInput
          label="Runtime"
          value={runtime}
          onChange={(e) => setRuntime(e.target.value)}
          options={
            RUNTIMES.includes(runtime as (typeof RUNTIMES)[number]) ? RUNTIMES : [runtime, ...RUNTIMES]
          }
        />
        <TextInput label="Handler" value={handler} onChange={(e) => setHandler(e.target.value)} required />
        <TextInput
          label="Timeout (seconds)"
          type="number"
          min={1}
          max={900}
          value={timeout}
          onChange={(e) => setTimeoutText(e.target.value)}
          hint="1 to 900. API Gateway itself waits at most 29 s for an integration by default."
        />
        <TextInput
          label="Memory (MB)"
          type="number"
          min={128}
          max={10240}
          value={memory}
          onChange={(e) => setMemory(e.target.value)}
          hint="128 to 10,240. CPU grows with memory in Lambda."
        />
      </div>
      <TextInput
        label="Execution role ARN"
        value={role}
        onChange={(e) => setRole(e.target.value)}
        spellCheck={false}
      />
      <TextInput
        label="Description"
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        maxLength={256}
      />
      <EnvVarsEditor rows={rows} onChange={setRows} />
      <ErrorNote error={action.error} />
      <div className="flex items-center gap-3">
        <SmallButton type="submit" variant="primary" disabled={action.pending}>
          {action.pending ? "Saving…" : "Save configuration"}
        </SmallButton>
        {saved ? (
          <span role="status" className="text-xs text-emerald-700 dark:text-emerald-300">
            Configuration saved: the next invocation starts a new environment.
          </span>
        ) : null}
      </div>
    </form>
  );
}
