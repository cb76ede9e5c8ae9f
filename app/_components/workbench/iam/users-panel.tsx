"use client";
/** The account's IAM users (ListUsers): manage one, delete one, create one. */
import { useState, type FormEvent } from "react";
import { ConfirmDelete } from "../keys/confirm-delete";
import { Empty, ErrorNote, Loading, Panel, SmallButton, TextInput } from "../controls";
import { useAction, type AsyncState } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { IamUserShape } from "./iam-types";

export function UsersPanel({
  users,
  selected,
  onSelect,
}: {
  users: AsyncState<{ Users: IamUserShape[] }>;
  selected: string | undefined;
  onSelect: (userName: string | undefined) => void;
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [userName, setUserName] = useState("");
  const create = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const { User } = await transport.call<{ User: IamUserShape }>("iam", "createUser", {
        UserName: userName.trim(),
      });
      setUserName("");
      onSelect(User.UserName);
      changed();
    });
  };
  const remove = (name: string) =>
    action.run(async () => {
      await transport.call("iam", "deleteUser", { UserName: name });
      if (selected === name) onSelect(undefined);
      changed();
    });
  const items = users.data?.Users ?? [];

  return (
    <Panel title="IAM users">
      <div className="space-y-4">
        {users.loading && !users.data ? <Loading label="Loading IAM users…" /> : null}
        <ErrorNote error={users.error} />
        {users.data && items.length === 0 ? <Empty>No IAM users yet.</Empty> : null}
        {items.length > 0 ? (
          <ul aria-label="IAM users" className="divide-y divide-slate-200 dark:divide-slate-800">
            {items.map((user) => {
              const active = user.UserName === selected;
              return (
                <li key={user.UserId} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    <span className="block text-sm font-semibold">{user.UserName}</span>
                    <span className="block break-all font-mono text-xs text-slate-500 dark:text-slate-400">
                      {user.Arn}
                    </span>
                  </span>
                  <span className="flex gap-1.5">
                    <SmallButton
                      variant={active ? "primary" : "secondary"}
                      aria-pressed={active}
                      aria-label={`Manage user ${user.UserName}`}
                      onClick={() => onSelect(active ? undefined : user.UserName)}
                    >
                      Manage
                    </SmallButton>
                    <ConfirmDelete
                      what={`user ${user.UserName}`}
                      onConfirm={() => remove(user.UserName)}
                      disabled={action.pending}
                    />
                  </span>
                </li>
              );
            })}
          </ul>
        ) : null}
        <form
          onSubmit={create}
          className="flex flex-wrap items-end gap-2 border-t border-slate-200 pt-4 dark:border-slate-800"
        >
          <div className="min-w-48 flex-1">
            <TextInput
              label="New user name"
              value={userName}
              onChange={(e) => setUserName(e.target.value)}
              required
              maxLength={64}
              hint="Letters, digits and +=,.@_- (up to 64)."
            />
          </div>
          <SmallButton
            type="submit"
            variant="primary"
            disabled={action.pending || !userName.trim()}
            className="mb-6"
          >
            Create user
          </SmallButton>
        </form>
        <ErrorNote error={action.error} />
        <p className="text-xs text-slate-500 dark:text-slate-400">
          As in IAM, a user with access keys or inline policies cannot be deleted: remove them first.
        </p>
      </div>
    </Panel>
  );
}
