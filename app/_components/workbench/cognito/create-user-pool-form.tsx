"use client";
/** CreateUserPool with a name and a password policy (Policies.PasswordPolicy). */
import { useState, type FormEvent } from "react";
import { Checkbox, ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { DEFAULT_POLICY, type UserPoolType } from "./cognito-types";

const RULES = [
  ["RequireUppercase", "Require uppercase"],
  ["RequireLowercase", "Require lowercase"],
  ["RequireNumbers", "Require numbers"],
  ["RequireSymbols", "Require symbols"],
] as const;

export function CreateUserPoolForm({ onCreated }: { onCreated: (poolId: string) => void }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [name, setName] = useState("");
  const [policy, setPolicy] = useState(DEFAULT_POLICY);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const { UserPool } = await transport.call<{ UserPool: UserPoolType }>("cognito-idp", "createUserPool", {
        PoolName: name.trim(),
        Policies: { PasswordPolicy: policy },
      });
      setName("");
      changed();
      onCreated(UserPool.Id);
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-pool-heading" className="space-y-3">
      <h4 id="create-pool-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Create a user pool
      </h4>
      <div className="grid gap-3 sm:grid-cols-3">
        <div className="sm:col-span-2">
          <TextInput
            label="Pool name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={128}
          />
        </div>
        <TextInput
          label="Minimum password length"
          type="number"
          min={6}
          max={99}
          value={policy.MinimumLength}
          onChange={(e) => setPolicy({ ...policy, MinimumLength: Number(e.target.value) })}
        />
      </div>
      <fieldset className="flex flex-wrap gap-x-5 gap-y-2">
        <legend className="sr-only">Password rules</legend>
        {RULES.map(([member, label]) => (
          <Checkbox
            key={member}
            label={label}
            checked={policy[member]}
            onChange={(e) => setPolicy({ ...policy, [member]: e.target.checked })}
          />
        ))}
      </fieldset>
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending || !name.trim()}>
        {action.pending ? "Creating…" : "Create user pool"}
      </SmallButton>
    </form>
  );
}
