"use client";
/**
 * "Sign in as a user": InitiateAuth with USER_PASSWORD_AUTH through an app client (SECRET_HASH computed here
 * with WebCrypto when the client has a secret), the NEW_PASSWORD_REQUIRED challenge when the password was
 * temporary, then the tokens and their claims.
 * @see https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_InitiateAuth.html
 */
import { useState, type FormEvent } from "react";
import { Empty, ErrorNote, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { AuthOutput, UserPoolClientType } from "./cognito-types";
import { NewPasswordForm } from "./new-password-form";
import { TokenHint } from "./token-hint";
import { TokenView } from "./token-view";
import { withSecretHash } from "./with-secret-hash";

export function SignInPanel({
  clients,
  usernames,
}: {
  clients: readonly UserPoolClientType[];
  usernames: readonly string[];
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [clientId, setClientId] = useState("");
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [answer, setAnswer] = useState<AuthOutput>();
  const client = clients.find((c) => c.ClientId === clientId) ?? clients[0];

  if (!client) return <Empty>Create an app client to sign users in.</Empty>;
  const passwordFlow = client.ExplicitAuthFlows.some(
    (f) => f === "ALLOW_USER_PASSWORD_AUTH" || f === "USER_PASSWORD_AUTH",
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAnswer(undefined);
    void action.run(async () => {
      const name = username.trim();
      const AuthParameters = await withSecretHash({ USERNAME: name, PASSWORD: password }, client, name);
      const output = await transport.call<AuthOutput>("cognito-idp", "initiateAuth", {
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: client.ClientId,
        AuthParameters,
      });
      setAnswer(output);
      // Sign-in stores refresh tokens and sessions in the sandbox.
      changed();
    });
  };

  const tokens = answer?.AuthenticationResult;
  return (
    <div className="space-y-3">
      <form onSubmit={submit} className="space-y-3">
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectInput
            label="App client"
            value={client.ClientId}
            onChange={(e) => setClientId(e.target.value)}
            options={clients.map((c) => ({ value: c.ClientId, label: c.ClientName }))}
          />
          <TextInput
            label="Sign-in username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            list="cognito-usernames"
            required
            autoComplete="off"
          />
          <TextInput
            label="Sign-in password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            autoComplete="current-password"
          />
          <datalist id="cognito-usernames">
            {usernames.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </div>
        {!passwordFlow ? (
          <p className="text-xs text-amber-700 dark:text-amber-300">
            This client does not allow ALLOW_USER_PASSWORD_AUTH: Cognito will refuse the sign-in.
          </p>
        ) : null}
        {client.ClientSecret !== undefined ? (
          <p className="text-xs text-slate-500 dark:text-slate-400">
            The client has a secret: SECRET_HASH is computed in your browser.
          </p>
        ) : null}
        <ErrorNote error={action.error} />
        <SmallButton
          type="submit"
          variant="primary"
          disabled={action.pending || !username.trim() || !password}
        >
          {action.pending ? "Signing in…" : "Sign in"}
        </SmallButton>
      </form>
      {answer?.ChallengeName === "NEW_PASSWORD_REQUIRED" && answer.Session ? (
        <NewPasswordForm
          client={client}
          username={username.trim()}
          session={answer.Session}
          onAnswer={setAnswer}
        />
      ) : null}
      {tokens ? (
        <div className="space-y-3">
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
            Signed in: tokens valid for {tokens.ExpiresIn} s
            {tokens.RefreshToken ? ", refresh token issued" : ""}.
          </p>
          {tokens.IdToken ? <TokenView label="ID token" token={tokens.IdToken} /> : null}
          <TokenView label="Access token" token={tokens.AccessToken} />
          <TokenHint />
        </div>
      ) : null}
    </div>
  );
}
