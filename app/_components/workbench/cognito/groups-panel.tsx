"use client";
/**
 * Groups: CreateGroup and AdminAddUserToGroup. A member's tokens carry the group in `cognito:groups`, which a
 * backend (or a Lambda authorizer) can check.
 */
import { useState, type FormEvent } from "react";
import { ErrorNote, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { PoolUser } from "./list-pool-users";

export function GroupsPanel({ poolId, users }: { poolId: string; users: readonly PoolUser[] }) {
  const { transport, changed } = useWorkbench();
  const create = useAction();
  const add = useAction();
  const [groupName, setGroupName] = useState("");
  const [description, setDescription] = useState("");
  const [username, setUsername] = useState("");
  const [memberGroup, setMemberGroup] = useState("");
  const chosenUser = users.some((u) => u.Username === username) ? username : (users[0]?.Username ?? "");
  const knownGroups = [...new Set(users.flatMap((u) => u.groups))];

  const submitGroup = (event: FormEvent) => {
    event.preventDefault();
    void create.run(async () => {
      await transport.call("cognito-idp", "createGroup", {
        UserPoolId: poolId,
        GroupName: groupName.trim(),
        ...(description.trim() ? { Description: description.trim() } : {}),
      });
      setMemberGroup(groupName.trim());
      setGroupName("");
      setDescription("");
      changed();
    });
  };
  const submitMember = (event: FormEvent) => {
    event.preventDefault();
    void add.run(async () => {
      await transport.call("cognito-idp", "adminAddUserToGroup", {
        UserPoolId: poolId,
        Username: chosenUser,
        GroupName: memberGroup.trim(),
      });
      changed();
    });
  };

  return (
    <section aria-labelledby="pool-groups-heading" className="space-y-4">
      <h4 id="pool-groups-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Groups
      </h4>
      <form onSubmit={submitGroup} className="space-y-2">
        <div className="grid gap-3 sm:grid-cols-2">
          <TextInput
            label="Group name"
            value={groupName}
            onChange={(e) => setGroupName(e.target.value)}
            required
          />
          <TextInput
            label="Group description"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <ErrorNote error={create.error} />
        <SmallButton type="submit" disabled={create.pending || !groupName.trim()}>
          Create group
        </SmallButton>
      </form>
      {users.length > 0 ? (
        <form onSubmit={submitMember} className="space-y-2">
          <div className="grid gap-3 sm:grid-cols-2">
            <SelectInput
              label="User"
              value={chosenUser}
              onChange={(e) => setUsername(e.target.value)}
              options={users.map((u) => u.Username)}
            />
            <TextInput
              label="Add to group"
              value={memberGroup}
              onChange={(e) => setMemberGroup(e.target.value)}
              list="cognito-known-groups"
              required
            />
            <datalist id="cognito-known-groups">
              {knownGroups.map((group) => (
                <option key={group} value={group} />
              ))}
            </datalist>
          </div>
          <ErrorNote error={add.error} />
          <SmallButton type="submit" disabled={add.pending || !memberGroup.trim()}>
            Add user to group
          </SmallButton>
        </form>
      ) : null}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        Members&apos; ID and access tokens list their groups in <code>cognito:groups</code>; a backend reads
        it from <code>$context.authorizer.claims</code> behind a Cognito authorizer.
      </p>
    </section>
  );
}
