"use client";
import { useState, type FormEvent } from "react";
import type { RestApi } from "@/lib/gateway/control/types";
import { CodeEditor } from "../code-editor";
import { ErrorNote, Panel, SmallButton } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { formatPolicy, toExamplePolicy, toPolicyPatch } from "./rest-api-patch";

/** The API's resource policy: an IAM policy on the API itself, saying who may invoke it from where. */
export function ResourcePolicyEditor({ restApiId, api }: { restApiId: string; api: RestApi }) {
  const { transport, changed } = useWorkbench();
  const [text, setText] = useState(formatPolicy(api.policy));
  const action = useAction();
  const save = async (policy: string) => {
    const saved = await action.run(() =>
      transport.call("apigateway", "updateRestApi", { restApiId, patchOperations: [toPolicyPatch(policy)] }),
    );
    if (saved !== undefined) changed();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(text);
  };
  const remove = () => {
    if (window.confirm("Remove the resource policy?")) void save("");
  };
  return (
    <Panel title="Resource policy">
      <form onSubmit={submit} className="space-y-3">
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Allows or denies <code>execute-api:Invoke</code> by caller, source IP or VPC endpoint, on{" "}
          <code>arn:aws:execute-api:region:account:{restApiId}/stage/METHOD/path</code>. An explicit Deny
          always wins; a denied caller gets 403. Deploy the API for a change to apply.
        </p>
        <CodeEditor
          label="Resource policy JSON"
          language="json"
          value={text}
          onChange={setText}
          placeholder="No policy"
        />
        <ErrorNote error={action.error} />
        <div className="flex flex-wrap gap-2">
          <SmallButton type="submit" variant="primary" disabled={action.pending}>
            Save resource policy
          </SmallButton>
          <SmallButton onClick={() => setText(toExamplePolicy(restApiId))}>
            Insert IP allow-list example
          </SmallButton>
          {api.policy ? (
            <SmallButton variant="danger" onClick={remove} disabled={action.pending}>
              Remove resource policy
            </SmallButton>
          ) : null}
        </div>
      </form>
    </Panel>
  );
}
