"use client";
import { useState } from "react";
import type { Model } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Loading, Panel, SmallButton } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { ModelForm } from "./model-form";
import { toModelPatch, type ModelDraft } from "./model-patch";

/** GetModels with create, edit (schema and description) and delete. */
export function ModelsList({ restApiId }: { restApiId: string }) {
  const { transport, revision, changed } = useWorkbench();
  const [editing, setEditing] = useState<Model>();
  const [formKey, setFormKey] = useState(0);
  const list = useAsync(
    () => transport.call<{ items: Model[] }>("apigateway", "getModels", { restApiId, limit: 500 }),
    `models:${restApiId}:${revision}`,
  );
  const save = useAction();
  const remove = useAction();
  const items = list.data?.items ?? [];
  const submit = async (draft: ModelDraft) => {
    const saved = await save.run(() =>
      editing
        ? transport.call<Model>("apigateway", "updateModel", {
            restApiId,
            modelName: editing.name,
            patchOperations: toModelPatch(editing, draft),
          })
        : transport.call<Model>("apigateway", "createModel", {
            restApiId,
            name: draft.name.trim(),
            contentType: draft.contentType.trim(),
            schema: draft.schema,
            ...(draft.description.trim() && { description: draft.description.trim() }),
          }),
    );
    if (!saved) return;
    setEditing(undefined);
    setFormKey((key) => key + 1);
    changed();
  };
  const deleteModel = async (model: Model) => {
    if (!window.confirm(`Delete model ${model.name}?`)) return;
    const done = await remove.run(() =>
      transport.call("apigateway", "deleteModel", { restApiId, modelName: model.name }),
    );
    if (done === undefined) return;
    if (editing?.name === model.name) setEditing(undefined);
    changed();
  };
  return (
    <Panel title="Models">
      <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
        A model is a JSON Schema (draft 4) for a body. Name it in a method request to validate incoming bodies
        (with a request validator), or in a method response to document it. Every API starts with Empty and
        Error. A model in use cannot be deleted.
      </p>
      {list.loading && !list.data ? <Loading /> : null}
      <ErrorNote error={list.error ?? remove.error} />
      {list.data && items.length === 0 ? <Empty>No models yet.</Empty> : null}
      <ul className="mb-4 divide-y divide-slate-100 dark:divide-slate-800">
        {items.map((model) => (
          <li key={model.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5 text-sm">
            <span>
              <span className="font-medium">{model.name}</span>{" "}
              <span className="font-mono text-xs text-slate-500 dark:text-slate-400">
                {model.contentType}
              </span>
              {model.description ? (
                <span className="text-xs text-slate-500 dark:text-slate-400"> · {model.description}</span>
              ) : null}
            </span>
            <span className="flex gap-1">
              <SmallButton onClick={() => setEditing(model)} aria-label={`Edit model ${model.name}`}>
                Edit
              </SmallButton>
              <SmallButton
                variant="danger"
                disabled={remove.pending}
                onClick={() => deleteModel(model)}
                aria-label={`Delete model ${model.name}`}
              >
                Delete
              </SmallButton>
            </span>
          </li>
        ))}
      </ul>
      <ModelForm
        key={editing ? `edit:${editing.id}` : `new:${formKey}`}
        model={editing}
        pending={save.pending}
        error={save.error}
        onSubmit={submit}
        onCancel={editing ? () => setEditing(undefined) : undefined}
      />
    </Panel>
  );
}
