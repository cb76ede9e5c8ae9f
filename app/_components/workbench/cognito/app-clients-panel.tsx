"use client";
/** The pool's app clients: id (copy), allowed flows, secret on request, delete; plus the create form. */
import { useState } from "react";
import { CopyableValue } from "@/app/_components/workbench/copy-button";
import { ConfirmDelete } from "../keys/confirm-delete";
import { Empty, ErrorNote, Loading, SmallButton } from "../controls";
import type { AsyncState } from "../use-async";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { UserPoolClientType } from "./cognito-types";
import { CreateAppClientForm } from "./create-app-client-form";
import { canListAppClients, forgetAppClient } from "./list-app-clients";
import { TrackClientForm } from "./track-client-form";

function ClientRow({ client }: { client: UserPoolClientType }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [showSecret, setShowSecret] = useState(false);
  const remove = () =>
    action.run(async () => {
      await transport.call("cognito-idp", "deleteUserPoolClient", {
        UserPoolId: client.UserPoolId,
        ClientId: client.ClientId,
      });
      forgetAppClient(client.UserPoolId, client.ClientId);
      changed();
    });
  return (
    <li className="space-y-2 py-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-sm font-semibold">{client.ClientName}</span>
        <span className="flex flex-wrap gap-1.5">
          {client.ClientSecret !== undefined ? (
            <SmallButton
              onClick={() => setShowSecret(!showSecret)}
              aria-label={`${showSecret ? "Hide" : "Show"} secret of ${client.ClientName}`}
            >
              {showSecret ? "Hide secret" : "Show secret"}
            </SmallButton>
          ) : null}
          <ConfirmDelete
            what={`app client ${client.ClientName}`}
            onConfirm={remove}
            disabled={action.pending}
          />
        </span>
      </div>
      <div className="space-y-1">
        <p className="text-xs font-medium text-slate-600 dark:text-slate-300">Client id</p>
        <CopyableValue value={client.ClientId} what={`client id of ${client.ClientName}`} />
      </div>
      {showSecret && client.ClientSecret ? (
        <div className="space-y-1">
          <p className="text-xs font-medium text-slate-600 dark:text-slate-300">Client secret</p>
          <CopyableValue value={client.ClientSecret} what={`secret of ${client.ClientName}`} />
        </div>
      ) : null}
      <p className="text-xs text-slate-500 dark:text-slate-400">
        {client.ClientSecret !== undefined ? "Has a secret · " : "No secret · "}
        {client.ExplicitAuthFlows.join(", ") || "no explicit auth flow"}
      </p>
      <ErrorNote error={action.error} />
    </li>
  );
}

export function AppClientsPanel({
  poolId,
  clients,
}: {
  poolId: string;
  clients: AsyncState<UserPoolClientType[]>;
}) {
  return (
    <section aria-labelledby="app-clients-heading" className="space-y-3">
      <h4 id="app-clients-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        App clients
      </h4>
      {clients.loading && !clients.data ? <Loading label="Loading app clients…" /> : null}
      <ErrorNote error={clients.error} />
      {clients.data && clients.data.length === 0 ? (
        <Empty>No app client yet: create one to sign users in.</Empty>
      ) : null}
      {clients.data && clients.data.length > 0 ? (
        <ul aria-label="App clients" className="divide-y divide-slate-200 dark:divide-slate-800">
          {clients.data.map((client) => (
            <ClientRow key={client.ClientId} client={client} />
          ))}
        </ul>
      ) : null}
      {!canListAppClients() ? <TrackClientForm poolId={poolId} /> : null}
      <div className="border-t border-slate-200 pt-4 dark:border-slate-800">
        <CreateAppClientForm poolId={poolId} />
      </div>
    </section>
  );
}
