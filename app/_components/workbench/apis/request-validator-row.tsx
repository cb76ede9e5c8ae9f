"use client";
import { useState } from "react";
import type { RequestValidator } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, inputClass, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { toValidatorPatch } from "./model-patch";

/** One validator, edited in place: its name and what it checks. */
export function RequestValidatorRow({
  restApiId,
  validator,
}: {
  restApiId: string;
  validator: RequestValidator;
}) {
  const { transport, changed } = useWorkbench();
  const [draft, setDraft] = useState({
    name: validator.name ?? "",
    validateRequestBody: validator.validateRequestBody,
    validateRequestParameters: validator.validateRequestParameters,
  });
  const action = useAction();
  const label = validator.name || validator.id;
  const patch = toValidatorPatch(validator, draft);
  const save = async () => {
    const saved = await action.run(() =>
      transport.call("apigateway", "updateRequestValidator", {
        restApiId,
        requestValidatorId: validator.id,
        patchOperations: patch,
      }),
    );
    if (saved !== undefined) changed();
  };
  const remove = async () => {
    if (!window.confirm(`Delete request validator ${label}?`)) return;
    const done = await action.run(() =>
      transport.call("apigateway", "deleteRequestValidator", { restApiId, requestValidatorId: validator.id }),
    );
    if (done !== undefined) changed();
  };
  return (
    <li className="space-y-1 py-2">
      <div className="grid items-center gap-2 sm:grid-cols-[minmax(0,1fr)_auto_auto_auto_auto]">
        <input
          className={inputClass}
          aria-label={`Name of validator ${label}`}
          value={draft.name}
          onChange={(event) => setDraft({ ...draft, name: event.target.value })}
        />
        <Checkbox
          label="Body"
          aria-label={`${label}: validate body`}
          checked={draft.validateRequestBody}
          onChange={(event) => setDraft({ ...draft, validateRequestBody: event.target.checked })}
        />
        <Checkbox
          label="Parameters"
          aria-label={`${label}: validate parameters`}
          checked={draft.validateRequestParameters}
          onChange={(event) => setDraft({ ...draft, validateRequestParameters: event.target.checked })}
        />
        <SmallButton
          disabled={action.pending || patch.length === 0}
          onClick={save}
          aria-label={`Save validator ${label}`}
        >
          Save
        </SmallButton>
        <SmallButton
          variant="danger"
          disabled={action.pending}
          onClick={remove}
          aria-label={`Delete validator ${label}`}
        >
          Delete
        </SmallButton>
      </div>
      <p className="font-mono text-xs text-slate-500 dark:text-slate-400">{validator.id}</p>
      <ErrorNote error={action.error} />
    </li>
  );
}
