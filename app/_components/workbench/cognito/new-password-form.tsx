"use client";
/** RespondToAuthChallenge NEW_PASSWORD_REQUIRED: a user with a temporary password chooses a permanent one. */
import { useState, type FormEvent } from "react";
import { ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";
import type { AuthOutput, UserPoolClientType } from "./cognito-types";
import { withSecretHash } from "./with-secret-hash";

export function NewPasswordForm({
  client,
  username,
  session,
  onAnswer,
}: {
  client: UserPoolClientType;
  username: string;
  session: string;
  onAnswer: (answer: AuthOutput) => void;
}) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [password, setPassword] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const ChallengeResponses = await withSecretHash(
        { USERNAME: username, NEW_PASSWORD: password },
        client,
        username,
      );
      const output = await transport.call<AuthOutput>("cognito-idp", "respondToAuthChallenge", {
        ClientId: client.ClientId,
        ChallengeName: "NEW_PASSWORD_REQUIRED",
        Session: session,
        ChallengeResponses,
      });
      onAnswer(output);
      changed();
    });
  };
  return (
    <form
      onSubmit={submit}
      className="space-y-2 rounded-md border border-amber-300 p-3 dark:border-amber-800"
    >
      <p className="text-sm">
        Challenge <code>NEW_PASSWORD_REQUIRED</code>: {username} signed in with a temporary password and must
        choose a new one (the session lasts three minutes).
      </p>
      <TextInput
        label="New password"
        type="password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        required
        autoComplete="new-password"
      />
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending || !password}>
        Set new password
      </SmallButton>
    </form>
  );
}
