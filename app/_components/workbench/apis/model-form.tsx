"use client";
import { useState, type FormEvent } from "react";
import type { Model } from "@/lib/gateway/control/types";
import { CodeEditor } from "../code-editor";
import { ErrorNote, SmallButton, TextInput } from "../controls";
import { toModelDraft, toModelSchemaTemplate, type ModelDraft } from "./model-patch";

/** Create a model, or edit one's schema and description (a model's name and content type are fixed). */
export function ModelForm({
  model,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  model: Model | undefined;
  pending: boolean;
  error: Error | undefined;
  onSubmit: (draft: ModelDraft) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(toModelDraft(model));
  const set = (patch: Partial<ModelDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form
      onSubmit={submit}
      aria-label={model ? `Edit model ${model.name}` : "Create model"}
      className="space-y-3 rounded-md border border-slate-200 p-3 dark:border-slate-800"
    >
      <h4 className="text-sm font-semibold">{model ? `Edit model ${model.name}` : "Create model"}</h4>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput
          label="Model name"
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
          disabled={model !== undefined}
          required
          pattern="[a-zA-Z0-9]+"
          hint="Letters and digits only."
        />
        <TextInput
          label="Content type"
          value={draft.contentType}
          onChange={(event) => set({ contentType: event.target.value })}
          disabled={model !== undefined}
          required
        />
        <TextInput
          label="Model description"
          value={draft.description}
          onChange={(event) => set({ description: event.target.value })}
        />
      </div>
      <div className="space-y-1">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <span className="text-sm font-medium text-slate-700 dark:text-slate-300">Model schema</span>
          {model ? null : (
            <SmallButton onClick={() => set({ schema: toModelSchemaTemplate(draft.name.trim()) })}>
              Reset schema template
            </SmallButton>
          )}
        </div>
        <CodeEditor
          label="Model schema"
          language="json"
          value={draft.schema}
          onChange={(schema) => set({ schema })}
        />
      </div>
      <ErrorNote error={error} />
      <div className="flex flex-wrap gap-2">
        <SmallButton type="submit" variant="primary" disabled={pending || !draft.name.trim()}>
          {model ? "Save model" : "Create model"}
        </SmallButton>
        {onCancel ? <SmallButton onClick={onCancel}>Cancel</SmallButton> : null}
      </div>
    </form>
  );
}
