"use client";
/** CreateUserPoolClient: a name, the sign-in flows it allows (ExplicitAuthFlows) and an optional secret. */
import { useState, type FormEvent } from "react";
import { Checkbox, ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { UserPoolClientType } from "./cognito-types";
import { rememberAppClient } from "./list-app-clients";

const FLOWS = [
  ["ALLOW_USER_PASSWORD_AUTH", "InitiateAuth with the user's name and password"],
  ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "the same from a server, with AdminInitiateAuth"],
  ["ALLOW_USER_SRP_AUTH", "Secure Remote Password: the password never leaves the client (not simulated)"],
  ["ALLOW_REFRESH_TOKEN_AUTH", "new tokens from a refresh token"],
  ["ALLOW_CUSTOM_AUTH", "challenges run by Lambda triggers (not simulated)"],
] as const;

export function CreateAppClientForm({ poolId }: { poolId: string }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [name, setName] = useState("");
  const [secret, setSecret] = useState(false);
  const [flows, setFlows] = useState<string[]>(["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const { UserPoolClient } = await transport.call<{ UserPoolClient: UserPoolClientType }>(
        "cognito-idp",
        "createUserPoolClient",
        { UserPoolId: poolId, ClientName: name.trim(), GenerateSecret: secret, ExplicitAuthFlows: flows },
      );
      rememberAppClient(poolId, UserPoolClient.ClientId);
      setName("");
      changed();
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-client-heading" className="space-y-3">
      <h4 id="create-client-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Create an app client
      </h4>
      <TextInput label="App client name" value={name} onChange={(e) => setName(e.target.value)} required />
      <fieldset className="space-y-1.5">
        <legend className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">
          Authentication flows
        </legend>
        {FLOWS.map(([flow, description]) => (
          <div key={flow} className="flex flex-wrap items-baseline gap-x-2">
            <Checkbox
              label={flow}
              checked={flows.includes(flow)}
              onChange={(e) =>
                setFlows(e.target.checked ? [...flows, flow] : flows.filter((f) => f !== flow))
              }
            />
            <span className="text-xs text-slate-500 dark:text-slate-400">{description}</span>
          </div>
        ))}
      </fieldset>
      <Checkbox
        label="Generate a client secret"
        checked={secret}
        onChange={(e) => setSecret(e.target.checked)}
      />
      <p className="text-xs text-slate-500 dark:text-slate-400">
        With a secret, every sign-in call must send SECRET_HASH = Base64(HMAC-SHA256(secret, username + client
        id)): fine for a server, not for a browser or mobile app that cannot keep the secret.
      </p>
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending || !name.trim()}>
        {action.pending ? "Creating…" : "Create app client"}
      </SmallButton>
    </form>
  );
}
