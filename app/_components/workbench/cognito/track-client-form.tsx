"use client";
/**
 * Where the sandbox cannot list app clients, this browser lists the ones it created; a client made elsewhere
 * (SDK, CLI) is added to that list by its id, after DescribeUserPoolClient confirms it.
 */
import { useState, type FormEvent } from "react";
import { ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import { rememberAppClient } from "./list-app-clients";

export function TrackClientForm({ poolId }: { poolId: string }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [clientId, setClientId] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      await transport.call("cognito-idp", "describeUserPoolClient", {
        UserPoolId: poolId,
        ClientId: clientId.trim(),
      });
      rememberAppClient(poolId, clientId.trim());
      setClientId("");
      changed();
    });
  };
  return (
    <form onSubmit={submit} className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <TextInput
            label="Existing client id"
            value={clientId}
            onChange={(e) => setClientId(e.target.value)}
            hint="This list shows the clients created in this browser; add one created elsewhere by its id."
            spellCheck={false}
          />
        </div>
        <SmallButton type="submit" disabled={action.pending || !clientId.trim()} className="mb-6">
          Add client
        </SmallButton>
      </div>
      <ErrorNote error={action.error} />
    </form>
  );
}
