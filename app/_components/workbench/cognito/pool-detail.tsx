"use client";
/** One user pool: its ARN (what a Cognito authorizer names), app clients, users, groups and a sign-in tester. */
import type { ReactNode } from "react";
import { CopyableValue } from "@/app/_components/workbench/copy-button";
import { ErrorNote, Loading, Panel } from "../controls";
import { useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { AppClientsPanel } from "./app-clients-panel";
import type { UserPoolType } from "./cognito-types";
import { GroupsPanel } from "./groups-panel";
import { listAppClients } from "./list-app-clients";
import { SignInPanel } from "./sign-in-panel";
import { listPoolUsers } from "./list-pool-users";
import { UsersPanel } from "./users-panel";

function Part({ children }: { children: ReactNode }) {
  return <div className="border-t border-slate-200 pt-4 dark:border-slate-800">{children}</div>;
}

function describePolicy(pool: UserPoolType): string {
  const policy = pool.Policies.PasswordPolicy;
  const rules = [
    policy.RequireUppercase && "uppercase",
    policy.RequireLowercase && "lowercase",
    policy.RequireNumbers && "numbers",
    policy.RequireSymbols && "symbols",
  ].filter(Boolean);
  return `at least ${policy.MinimumLength} characters${rules.length ? `, with ${rules.join(", ")}` : ""}`;
}

export function PoolDetail({ poolId }: { poolId: string }) {
  const { transport, revision } = useWorkbench();
  const key = `${poolId}:${revision}`;
  const pool = useAsync(
    () =>
      transport.call<{ UserPool: UserPoolType }>("cognito-idp", "describeUserPool", { UserPoolId: poolId }),
    `pool:${key}`,
  );
  const clients = useAsync(() => listAppClients(transport, poolId), `clients:${key}`);
  const users = useAsync(() => listPoolUsers(transport, poolId), `users:${key}`);

  if (pool.loading && !pool.data) return <Loading label="Loading the user pool…" />;
  if (pool.error && !pool.data) return <ErrorNote error={pool.error} />;
  if (!pool.data) return null;
  const { UserPool } = pool.data;
  return (
    <Panel nameTitle title={`User pool ${UserPool.Name}`}>
      <div className="space-y-4">
        <div className="space-y-1">
          <p className="text-xs font-medium text-slate-600 dark:text-slate-300">
            Pool ARN (the authorizer&apos;s provider ARN)
          </p>
          <CopyableValue value={UserPool.Arn} what="user pool ARN" />
          <p className="text-xs text-slate-500 dark:text-slate-400">
            {UserPool.EstimatedNumberOfUsers} user(s) · passwords {describePolicy(UserPool)}
          </p>
        </div>
        <Part>
          <AppClientsPanel poolId={poolId} clients={clients} />
        </Part>
        <Part>
          <UsersPanel poolId={poolId} users={users} />
        </Part>
        <Part>
          <GroupsPanel poolId={poolId} users={users.data ?? []} />
        </Part>
        <Part>
          <section aria-labelledby="sign-in-heading" className="space-y-3">
            <h4 id="sign-in-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
              Sign in as a user
            </h4>
            <SignInPanel clients={clients.data ?? []} usernames={(users.data ?? []).map((u) => u.Username)} />
          </section>
        </Part>
      </div>
    </Panel>
  );
}
