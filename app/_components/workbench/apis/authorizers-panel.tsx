"use client";
/** The API's authorizers: who may call a method, decided before the integration runs. */
import { useState } from "react";
import type { Authorizer } from "@/lib/gateway/control/types";
import { Empty, ErrorNote, Loading, Panel, SmallButton } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { AuthorizerForm } from "./authorizer-form";
import {
  toAuthorizerDraft,
  toAuthorizerFields,
  toAuthorizerPatch,
  toFunctionArn,
  type AuthorizerDraft,
} from "./authorizer-patch";

/** Keyed on the API, so switching APIs starts from a clean state instead of the previous API's data. */
export function AuthorizersPanel({ restApiId }: { restApiId: string }) {
  return <AuthorizersPanelBody key={restApiId} restApiId={restApiId} />;
}

function AuthorizersPanelBody({ restApiId }: { restApiId: string }) {
  const { transport, revision, changed } = useWorkbench();
  const [editing, setEditing] = useState<Authorizer>();
  const [formKey, setFormKey] = useState(0);
  const list = useAsync(
    () => transport.call<{ items: Authorizer[] }>("apigateway", "getAuthorizers", { restApiId, limit: 500 }),
    `authorizers:${restApiId}:${revision}`,
  );
  const save = useAction();
  const remove = useAction();
  const items = list.data?.items ?? [];

  const submit = async (draft: AuthorizerDraft) => {
    const saved = await save.run(() =>
      editing
        ? transport.call<Authorizer>("apigateway", "updateAuthorizer", {
            restApiId,
            authorizerId: editing.id,
            patchOperations: toAuthorizerPatch(editing, draft),
          })
        : transport.call<Authorizer>("apigateway", "createAuthorizer", {
            restApiId,
            ...toAuthorizerFields(draft),
          }),
    );
    if (!saved) return;
    setEditing(undefined);
    setFormKey((key) => key + 1);
    changed();
  };
  const deleteAuthorizer = async (authorizer: Authorizer) => {
    if (!window.confirm(`Delete authorizer ${authorizer.name}?`)) return;
    const done = await remove.run(() =>
      transport.call("apigateway", "deleteAuthorizer", { restApiId, authorizerId: authorizer.id }),
    );
    if (done === undefined) return;
    if (editing?.id === authorizer.id) setEditing(undefined);
    changed();
  };

  return (
    <div className="space-y-4">
      <Panel title="Authorizers">
        <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
          Attach an authorizer to a method (Resources → method request → Authorization). Changes reach callers
          after the next deployment. Denials answer 401 (no or bad credentials) or 403 (policy denies).
        </p>
        {list.loading && !list.data ? <Loading /> : null}
        <ErrorNote error={list.error ?? remove.error} />
        {list.data && items.length === 0 ? <Empty>No authorizers yet.</Empty> : null}
        <ul className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((authorizer) => (
            <li key={authorizer.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
              <div className="min-w-0">
                <p className="font-medium">
                  {authorizer.name}{" "}
                  <span className="font-mono text-xs text-slate-500 dark:text-slate-400">
                    {authorizer.type} · {authorizer.id}
                  </span>
                </p>
                <p className="break-all text-xs text-slate-500 dark:text-slate-400">
                  {authorizer.type === "COGNITO_USER_POOLS"
                    ? `${authorizer.providerARNs?.length ?? 0} user pool(s)`
                    : (toFunctionArn(authorizer.authorizerUri) ?? authorizer.authorizerUri)}
                  {authorizer.identitySource ? ` · ${authorizer.identitySource}` : ""} · TTL{" "}
                  {authorizer.authorizerResultTtlInSeconds ?? 300}s
                </p>
              </div>
              <div className="flex gap-1">
                <SmallButton
                  onClick={() => setEditing(authorizer)}
                  aria-label={`Edit authorizer ${authorizer.name}`}
                >
                  Edit
                </SmallButton>
                <SmallButton
                  variant="danger"
                  disabled={remove.pending}
                  onClick={() => deleteAuthorizer(authorizer)}
                  aria-label={`Delete authorizer ${authorizer.name}`}
                >
                  Delete
                </SmallButton>
              </div>
            </li>
          ))}
        </ul>
      </Panel>
      <Panel title={editing ? `Edit authorizer ${editing.name}` : "Create authorizer"}>
        <AuthorizerForm
          key={editing ? `edit:${editing.id}` : `new:${formKey}`}
          initial={toAuthorizerDraft(editing)}
          editing={editing !== undefined}
          pending={save.pending}
          error={save.error}
          onSubmit={submit}
          onCancel={editing ? () => setEditing(undefined) : undefined}
        />
      </Panel>
    </div>
  );
}
