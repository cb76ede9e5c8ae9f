"use client";
/** A user's or role's inline policies: list, view (users), put from a JSON editor, delete. */
import { useState, type FormEvent } from "react";
import { CodeEditor } from "../code-editor";
import { ConfirmDelete } from "../keys/confirm-delete";
import { Empty, ErrorNote, Loading, SmallButton, TextInput, parseJsonObject } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { InvokePolicyBuilder } from "./invoke-policy-builder";
import { toInvokePolicy } from "./policy-templates";

const OPERATIONS = {
  user: {
    member: "UserName",
    list: "listUserPolicies",
    put: "putUserPolicy",
    remove: "deleteUserPolicy",
    get: "getUserPolicy",
  },
  role: {
    member: "RoleName",
    list: "listRolePolicies",
    put: "putRolePolicy",
    remove: "deleteRolePolicy",
    get: undefined,
  },
} as const;

export function InlinePoliciesPanel({
  kind,
  name,
  accountId,
}: {
  kind: "user" | "role";
  name: string;
  accountId: string;
}) {
  const { transport, revision, changed } = useWorkbench();
  const ops = OPERATIONS[kind];
  const action = useAction();
  const [policyName, setPolicyName] = useState("invoke-api");
  const [document, setDocument] = useState(() =>
    toInvokePolicy([`arn:aws:execute-api:us-east-1:${accountId}:*/*/*/*`]),
  );
  const policies = useAsync(
    () => transport.call<{ PolicyNames: string[] }>("iam", ops.list, { [ops.member]: name }),
    `policies:${kind}:${name}:${revision}`,
  );
  const target = { [ops.member]: name };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      parseJsonObject(document, "Policy document");
      await transport.call("iam", ops.put, {
        ...target,
        PolicyName: policyName.trim(),
        PolicyDocument: document,
      });
      changed();
    });
  };
  const view = (existing: string) =>
    action.run(async () => {
      if (!ops.get) return;
      const answer = await transport.call<{ PolicyDocument: string }>("iam", ops.get, {
        ...target,
        PolicyName: existing,
      });
      setPolicyName(existing);
      setDocument(prettyJson(answer.PolicyDocument));
    });
  const remove = (existing: string) =>
    action.run(async () => {
      await transport.call("iam", ops.remove, { ...target, PolicyName: existing });
      changed();
    });
  const names = policies.data?.PolicyNames ?? [];

  return (
    <section aria-labelledby={`${kind}-policies-heading`} className="space-y-3">
      <h4
        id={`${kind}-policies-heading`}
        className="text-sm font-semibold text-slate-800 dark:text-slate-200"
      >
        Inline policies
      </h4>
      {policies.loading && !policies.data ? <Loading label="Loading policies…" /> : null}
      <ErrorNote error={policies.error} />
      {policies.data && names.length === 0 ? (
        <Empty>No inline policy: every action is implicitly denied.</Empty>
      ) : null}
      {names.length > 0 ? (
        <ul
          aria-label={`Inline policies of ${name}`}
          className="divide-y divide-slate-200 dark:divide-slate-800"
        >
          {names.map((existing) => (
            <li key={existing} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="font-mono">{existing}</span>
              <span className="flex gap-1.5">
                {ops.get ? (
                  <SmallButton
                    aria-label={`Edit policy ${existing}`}
                    onClick={() => view(existing)}
                    disabled={action.pending}
                  >
                    Edit
                  </SmallButton>
                ) : null}
                <ConfirmDelete
                  what={`policy ${existing}`}
                  onConfirm={() => remove(existing)}
                  disabled={action.pending}
                />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={save} className="space-y-3">
        <InvokePolicyBuilder accountId={accountId} onInsert={setDocument} />
        <TextInput
          label="Policy name"
          value={policyName}
          onChange={(e) => setPolicyName(e.target.value)}
          required
        />
        <CodeEditor
          value={document}
          onChange={setDocument}
          language="json"
          label="Policy document (JSON)"
          minHeight="10rem"
        />
        <ErrorNote error={action.error} />
        <SmallButton type="submit" variant="primary" disabled={action.pending || !policyName.trim()}>
          Save policy
        </SmallButton>
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Saving under an existing name replaces that policy (
          {kind === "user" ? "PutUserPolicy" : "PutRolePolicy"}). An explicit Deny anywhere wins over any
          Allow.
        </p>
      </form>
    </section>
  );
}

/** The stored document indented; IAM's own API answers it URL-encoded, so that form is read too. */
function prettyJson(text: string): string {
  for (const candidate of [text, safeDecode(text)]) {
    try {
      return JSON.stringify(JSON.parse(candidate), null, 2);
    } catch {
      // Try the next form.
    }
  }
  return text;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
