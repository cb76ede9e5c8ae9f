"use client";
/** The pool's users (ListUsers) with their status and groups; delete a user or take them out of a group. */
import { ConfirmDelete } from "../keys/confirm-delete";
import { Empty, ErrorNote, Loading, SmallButton } from "../controls";
import { useAction, type AsyncState } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { CreateUserForm } from "./create-user-form";
import type { PoolUser } from "./list-pool-users";

function UserRow({ poolId, user }: { poolId: string; user: PoolUser }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const email = user.Attributes.find((attribute) => attribute.Name === "email")?.Value;
  const call = (operation: string, input: object) =>
    action.run(async () => {
      await transport.call("cognito-idp", operation, {
        UserPoolId: poolId,
        Username: user.Username,
        ...input,
      });
      changed();
    });
  return (
    <li className="space-y-1 py-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="min-w-0 text-sm">
          <span className="font-semibold">{user.Username}</span>
          {email ? <span className="text-slate-500 dark:text-slate-400"> · {email}</span> : null}
          <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs dark:bg-slate-800">
            {user.UserStatus}
          </span>
          {!user.Enabled ? (
            <span className="ml-1 text-xs text-red-700 dark:text-red-300">disabled</span>
          ) : null}
        </span>
        <ConfirmDelete
          what={`user ${user.Username}`}
          onConfirm={() => call("adminDeleteUser", {})}
          disabled={action.pending}
        />
      </div>
      {user.groups.length > 0 ? (
        <div className="flex flex-wrap items-center gap-1.5 text-xs">
          <span className="text-slate-500 dark:text-slate-400">Groups:</span>
          {user.groups.map((group) => (
            <SmallButton
              key={group}
              aria-label={`Remove ${user.Username} from group ${group}`}
              title="Remove from group"
              disabled={action.pending}
              onClick={() => call("adminRemoveUserFromGroup", { GroupName: group })}
            >
              {group} ×
            </SmallButton>
          ))}
        </div>
      ) : null}
      <ErrorNote error={action.error} />
    </li>
  );
}

export function UsersPanel({ poolId, users }: { poolId: string; users: AsyncState<PoolUser[]> }) {
  return (
    <section aria-labelledby="pool-users-heading" className="space-y-3">
      <h4 id="pool-users-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Users
      </h4>
      {users.loading && !users.data ? <Loading label="Loading users…" /> : null}
      <ErrorNote error={users.error} />
      {users.data && users.data.length === 0 ? <Empty>No users yet.</Empty> : null}
      {users.data && users.data.length > 0 ? (
        <ul aria-label="Users" className="divide-y divide-slate-200 dark:divide-slate-800">
          {users.data.map((user) => (
            <UserRow key={user.Username} poolId={poolId} user={user} />
          ))}
        </ul>
      ) : null}
      <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
        <CreateUserForm poolId={poolId} />
      </div>
    </section>
  );
}
