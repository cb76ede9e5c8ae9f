"use client";
/** CreateApiKey: name, description, enabled, and a value of the learner's own or one AWS generates. */
import { useState, type FormEvent } from "react";
import { Checkbox, ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";

/** CreateApiKey's own rule for a given value [lib/gateway/control/assert-api-key-valid.ts]. */
function valueProblem(value: string): string | undefined {
  if (value.length < 20) return "At least 20 characters.";
  if (value.length > 128) return "At most 128 characters.";
  return undefined;
}

export function CreateApiKeyForm() {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [enabled, setEnabled] = useState(true);
  const [customValue, setCustomValue] = useState(false);
  const [value, setValue] = useState("");
  const problem = customValue ? valueProblem(value) : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem) return;
    void action.run(async () => {
      await transport.call("apigateway", "createApiKey", {
        name: name.trim(),
        ...(description.trim() ? { description: description.trim() } : {}),
        enabled,
        ...(customValue ? { value } : {}),
      });
      setName("");
      setDescription("");
      setValue("");
      changed();
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-api-key-heading" className="space-y-3">
      <h4 id="create-api-key-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Create an API key
      </h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          label="Key name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={1024}
        />
        <TextInput
          label="Key description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <Checkbox label="Enabled" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        <Checkbox
          label="Choose the value myself"
          checked={customValue}
          onChange={(e) => setCustomValue(e.target.checked)}
        />
      </div>
      {customValue ? (
        <TextInput
          label="Key value"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={value !== "" && problem ? true : undefined}
          hint={value !== "" && problem ? problem : "20 to 128 characters, unique in the account."}
          autoComplete="off"
          spellCheck={false}
        />
      ) : (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          API Gateway generates a 40-character value. Clients send it in the <code>x-api-key</code> header.
        </p>
      )}
      <ErrorNote error={action.error} />
      <SmallButton
        type="submit"
        variant="primary"
        disabled={action.pending || !name.trim() || Boolean(problem)}
      >
        {action.pending ? "Creating…" : "Create API key"}
      </SmallButton>
    </form>
  );
}
