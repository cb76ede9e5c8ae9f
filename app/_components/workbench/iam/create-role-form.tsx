"use client";
/**
 * CreateRole with its trust policy (who may assume it). The sandbox does not model trust policies, so the document
 * is checked as JSON here but not sent (lib/gateway/iam/DEVIATIONS.md: any caller may assume any sandbox role).
 */
import { useState, type FormEvent } from "react";
import { CodeEditor } from "../code-editor";
import { ErrorNote, SelectInput, SmallButton, TextInput, parseJsonObject } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { LAMBDA_TRUST_POLICY, toAccountTrustPolicy } from "./policy-templates";

export function CreateRoleForm({
  accountId,
  onCreated,
}: {
  accountId: string;
  onCreated: (roleName: string) => void;
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [roleName, setRoleName] = useState("");
  const [trust, setTrust] = useState(LAMBDA_TRUST_POLICY);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      parseJsonObject(trust, "Trust policy");
      await transport.call("iam", "createRole", { RoleName: roleName.trim() });
      onCreated(roleName.trim());
      setRoleName("");
      changed();
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-role-heading" className="space-y-3">
      <h4 id="create-role-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Create a role
      </h4>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          label="Role name"
          value={roleName}
          onChange={(e) => setRoleName(e.target.value)}
          required
          maxLength={64}
        />
        <SelectInput
          label="Trust policy template"
          value=""
          onChange={(e) => {
            if (e.target.value === "lambda") setTrust(LAMBDA_TRUST_POLICY);
            if (e.target.value === "account") setTrust(toAccountTrustPolicy(accountId));
          }}
          options={[
            { value: "", label: "Choose a template…" },
            { value: "lambda", label: "Lambda service (execution role)" },
            { value: "account", label: "Users of this account" },
          ]}
        />
      </div>
      <CodeEditor
        value={trust}
        onChange={setTrust}
        language="json"
        label="Trust policy (JSON)"
        minHeight="8rem"
      />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        The trust policy says who may call <code>sts:AssumeRole</code> for this role. The sandbox does not
        enforce trust policies: any sandbox user may assume any role, so this one is checked as JSON but not
        stored.
      </p>
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending || !roleName.trim()}>
        Create role
      </SmallButton>
    </form>
  );
}
