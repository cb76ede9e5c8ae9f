"use client";
/** The account's IAM roles (ListRoles): ARN, inline policies on request, delete, and the create form. */
import { useState } from "react";
import { CopyableValue } from "@/app/_components/workbench/copy-button";
import { ConfirmDelete } from "../keys/confirm-delete";
import { Empty, ErrorNote, Loading, Panel, SmallButton } from "../controls";
import { useAction, useAsync } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { CreateRoleForm } from "./create-role-form";
import { accountOfArn, type IamRoleShape } from "./iam-types";
import { InlinePoliciesPanel } from "./inline-policies-panel";

export function RolesPanel({ accountId }: { accountId: string }) {
  const { transport, revision, changed } = useWorkbench();
  const action = useAction();
  const [open, setOpen] = useState<string>();
  const roles = useAsync(
    () => transport.call<{ Roles: IamRoleShape[] }>("iam", "listRoles", {}),
    `iam-roles:${revision}`,
  );
  const remove = (roleName: string) =>
    action.run(async () => {
      await transport.call("iam", "deleteRole", { RoleName: roleName });
      if (open === roleName) setOpen(undefined);
      changed();
    });
  const items = roles.data?.Roles ?? [];

  return (
    <Panel title="IAM roles">
      <div className="space-y-4">
        {roles.loading && !roles.data ? <Loading label="Loading roles…" /> : null}
        <ErrorNote error={roles.error} />
        {roles.data && items.length === 0 ? <Empty>No roles yet.</Empty> : null}
        {items.length > 0 ? (
          <ul aria-label="IAM roles" className="divide-y divide-slate-200 dark:divide-slate-800">
            {items.map((role) => {
              const expanded = open === role.RoleName;
              return (
                <li key={role.RoleId} className="space-y-2 py-3">
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span className="text-sm font-semibold">{role.RoleName}</span>
                    <span className="flex gap-1.5">
                      <SmallButton
                        aria-expanded={expanded}
                        aria-label={`Policies of role ${role.RoleName}`}
                        onClick={() => setOpen(expanded ? undefined : role.RoleName)}
                      >
                        Policies
                      </SmallButton>
                      <ConfirmDelete
                        what={`role ${role.RoleName}`}
                        onConfirm={() => remove(role.RoleName)}
                        disabled={action.pending}
                      />
                    </span>
                  </div>
                  <CopyableValue value={role.Arn} what={`ARN of role ${role.RoleName}`} />
                  {expanded ? (
                    <div className="rounded-md bg-slate-50 p-3 dark:bg-slate-950">
                      <InlinePoliciesPanel
                        kind="role"
                        name={role.RoleName}
                        accountId={accountOfArn(role.Arn)}
                      />
                    </div>
                  ) : null}
                </li>
              );
            })}
          </ul>
        ) : null}
        <ErrorNote error={action.error} />
        <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
          <CreateRoleForm accountId={accountId} onCreated={setOpen} />
        </div>
      </div>
    </Panel>
  );
}
