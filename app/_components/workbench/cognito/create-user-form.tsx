"use client";
/**
 * AdminCreateUser with the password as the temporary one, then, for a permanent password, AdminSetUserPassword
 * (Permanent: true) so the user is CONFIRMED and can sign in at once. Without it the first sign-in answers the
 * NEW_PASSWORD_REQUIRED challenge.
 */
import { useState, type FormEvent } from "react";
import { Checkbox, ErrorNote, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";

export function CreateUserForm({ poolId }: { poolId: string }) {
  const { transport, changed } = useWorkbench();
  const action = useAction();
  const [username, setUsername] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [permanent, setPermanent] = useState(true);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(async () => {
      const name = username.trim();
      await transport.call("cognito-idp", "adminCreateUser", {
        UserPoolId: poolId,
        Username: name,
        TemporaryPassword: password,
        MessageAction: "SUPPRESS",
        ...(email.trim()
          ? {
              UserAttributes: [
                { Name: "email", Value: email.trim() },
                { Name: "email_verified", Value: "true" },
              ],
            }
          : {}),
      });
      if (permanent) {
        await transport.call("cognito-idp", "adminSetUserPassword", {
          UserPoolId: poolId,
          Username: name,
          Password: password,
          Permanent: true,
        });
      }
      setUsername("");
      setEmail("");
      setPassword("");
      changed();
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="create-user-heading" className="space-y-3">
      <h4 id="create-user-heading" className="text-sm font-semibold text-slate-800 dark:text-slate-200">
        Create a user
      </h4>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextInput
          label="Username"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          autoComplete="off"
        />
        <TextInput
          label="Email (optional)"
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="off"
        />
        <TextInput
          label="Password"
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
          autoComplete="new-password"
        />
      </div>
      <Checkbox
        label="Permanent password (user confirmed, no change required)"
        checked={permanent}
        onChange={(e) => setPermanent(e.target.checked)}
      />
      <ErrorNote error={action.error} />
      <SmallButton type="submit" variant="primary" disabled={action.pending || !username.trim() || !password}>
        {action.pending ? "Creating…" : "Create user"}
      </SmallButton>
    </form>
  );
}
