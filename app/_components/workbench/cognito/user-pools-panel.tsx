"use client";
/** The sandbox's user pools (ListUserPools): open one, delete one, create one. */
import { ConfirmDelete } from "../keys/confirm-delete";
import { Empty, ErrorNote, Loading, Panel, SmallButton } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { UserPoolSummary } from "./cognito-types";
import { CreateUserPoolForm } from "./create-user-pool-form";

export function UserPoolsPanel({
  selectedId,
  onSelect,
}: {
  selectedId: string | undefined;
  onSelect: (poolId: string | undefined) => void;
}) {
  const { transport, revision, changed } = useWorkbench();
  const action = useAction();
  const pools = useAsync(
    () =>
      transport.call<{ UserPools: UserPoolSummary[] }>("cognito-idp", "listUserPools", { MaxResults: 60 }),
    `user-pools:${revision}`,
  );
  const remove = (pool: UserPoolSummary) =>
    action.run(async () => {
      await transport.call("cognito-idp", "deleteUserPool", { UserPoolId: pool.Id });
      if (pool.Id === selectedId) onSelect(undefined);
      changed();
    });
  const items = pools.data?.UserPools ?? [];

  return (
    <Panel title="User pools">
      <div className="space-y-4">
        {pools.loading && !pools.data ? <Loading label="Loading user pools…" /> : null}
        <ErrorNote error={pools.error} />
        {pools.data && items.length === 0 ? <Empty>No user pools yet.</Empty> : null}
        {items.length > 0 ? (
          <ul aria-label="User pools" className="divide-y divide-slate-200 dark:divide-slate-800">
            {items.map((pool) => {
              const selected = pool.Id === selectedId;
              return (
                <li key={pool.Id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className="min-w-0">
                    <span className="block text-sm font-semibold">{pool.Name}</span>
                    <span className="block font-mono text-xs text-slate-500 dark:text-slate-400">
                      {pool.Id}
                    </span>
                  </span>
                  <span className="flex flex-wrap gap-1.5">
                    <SmallButton
                      variant={selected ? "primary" : "secondary"}
                      aria-pressed={selected}
                      aria-label={`Open user pool ${pool.Name}`}
                      onClick={() => onSelect(selected ? undefined : pool.Id)}
                    >
                      Open
                    </SmallButton>
                    <ConfirmDelete
                      what={`user pool ${pool.Name}`}
                      onConfirm={() => remove(pool)}
                      disabled={action.pending}
                    />
                  </span>
                </li>
              );
            })}
          </ul>
        ) : null}
        <ErrorNote error={action.error} />
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <CreateUserPoolForm onCreated={onSelect} />
        </div>
      </div>
    </Panel>
  );
}
