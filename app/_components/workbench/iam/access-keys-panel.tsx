"use client";
/** A user's access keys: create (secret shown once), list with status, deactivate/activate, delete. */
import { useState } from "react";
import { ConfirmDelete } from "../keys/confirm-delete";
import { StatusBadge } from "../keys/status-badge";
import { Empty, ErrorNote, Loading, SmallButton } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { AccessKeyShape } from "./iam-types";
import { NewSecretNotice } from "./new-secret-notice";

export function AccessKeysPanel({ userName }: { userName: string }) {
  const { transport, revision, changed } = useWorkbench();
  const action = useAction();
  const [created, setCreated] = useState<AccessKeyShape>();
  const keys = useAsync(
    () =>
      transport.call<{ AccessKeyMetadata: AccessKeyShape[] }>("iam", "listAccessKeys", {
        UserName: userName,
      }),
    `access-keys:${userName}:${revision}`,
  );
  const mutate = (operation: string, input: object) =>
    action.run(async () => {
      await transport.call("iam", operation, { UserName: userName, ...input });
      changed();
    });
  const create = () =>
    action.run(async () => {
      const { AccessKey } = await transport.call<{ AccessKey: AccessKeyShape }>("iam", "createAccessKey", {
        UserName: userName,
      });
      setCreated(AccessKey);
      changed();
    });
  const items = keys.data?.AccessKeyMetadata ?? [];

  return (
    <section aria-labelledby="access-keys-heading" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h4 id="access-keys-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
          Access keys
        </h4>
        <SmallButton variant="primary" onClick={create} disabled={action.pending}>
          Create access key
        </SmallButton>
      </div>
      {created ? <NewSecretNotice accessKey={created} onDone={() => setCreated(undefined)} /> : null}
      {keys.loading && !keys.data ? <Loading label="Loading access keys…" /> : null}
      <ErrorNote error={keys.error} />
      {keys.data && items.length === 0 ? (
        <Empty>No access key: this user cannot sign requests yet.</Empty>
      ) : null}
      {items.length > 0 ? (
        <ul
          aria-label={`Access keys of ${userName}`}
          className="divide-y divide-slate-200 dark:divide-slate-800"
        >
          {items.map((key) => {
            const active = key.Status === "Active";
            return (
              <li key={key.AccessKeyId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <code className="font-mono text-xs">{key.AccessKeyId}</code>
                  <StatusBadge on={active}>{key.Status}</StatusBadge>
                  <span className="text-xs text-slate-500 dark:text-slate-400">
                    created {key.CreateDate.slice(0, 10)}
                  </span>
                </span>
                <span className="flex flex-wrap gap-1.5">
                  <SmallButton
                    disabled={action.pending}
                    aria-label={`${active ? "Deactivate" : "Activate"} ${key.AccessKeyId}`}
                    onClick={() =>
                      mutate("updateAccessKey", {
                        AccessKeyId: key.AccessKeyId,
                        Status: active ? "Inactive" : "Active",
                      })
                    }
                  >
                    {active ? "Deactivate" : "Activate"}
                  </SmallButton>
                  <ConfirmDelete
                    what={`access key ${key.AccessKeyId}`}
                    disabled={action.pending}
                    onConfirm={() => mutate("deleteAccessKey", { AccessKeyId: key.AccessKeyId })}
                  />
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      <ErrorNote error={action.error} />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        An inactive key stays listed but every request it signs is refused (403). Deactivate before deleting
        to find out whether anything still uses it.
      </p>
    </section>
  );
}
