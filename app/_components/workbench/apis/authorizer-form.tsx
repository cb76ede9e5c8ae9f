"use client";
/** Create or edit one authorizer: Lambda TOKEN, Lambda REQUEST or Cognito user pools. */
import { useState, type FormEvent } from "react";
import type { AuthorizerType } from "@/lib/gateway/control/types";
import { ErrorNote, SelectInput, SmallButton, TextInput } from "../controls";
import { DEFAULT_TOKEN_SOURCE, type AuthorizerDraft } from "./authorizer-patch";
import { CognitoAuthorizerFields } from "./cognito-authorizer-fields";
import { LambdaAuthorizerFields } from "./lambda-authorizer-fields";

const TYPE_OPTIONS: ReadonlyArray<{ value: AuthorizerType; label: string }> = [
  { value: "TOKEN", label: "Lambda, token (TOKEN)" },
  { value: "REQUEST", label: "Lambda, request parameters (REQUEST)" },
  { value: "COGNITO_USER_POOLS", label: "Cognito user pool (COGNITO_USER_POOLS)" },
];

const TYPE_HINTS: Record<AuthorizerType, string> = {
  TOKEN:
    "Your Lambda function receives one bearer token (from a header) and returns an IAM policy that allows or denies the call, plus a principalId and context.",
  REQUEST:
    "Your Lambda function receives the request's headers, query string, stage variables and context, and returns an IAM policy. The identity sources form the cache key.",
  COGNITO_USER_POOLS:
    "API Gateway itself validates the ID or access token issued by a Cognito user pool: signature, expiry and issuer. No function to write; methods can require OAuth scopes.",
};

export function AuthorizerForm({
  initial,
  editing,
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  initial: AuthorizerDraft;
  editing: boolean;
  pending: boolean;
  error: Error | undefined;
  onSubmit: (draft: AuthorizerDraft) => void;
  onCancel?: () => void;
}) {
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<AuthorizerDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setType = (type: AuthorizerType) =>
    set({
      type,
      // A TOKEN or Cognito authorizer needs one header; REQUEST sources are optional when caching is off.
      identitySource: draft.identitySource || (type === "REQUEST" ? "" : DEFAULT_TOKEN_SOURCE),
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };
  return (
    <form
      onSubmit={submit}
      aria-label={editing ? "Edit authorizer" : "Create authorizer"}
      className="space-y-3"
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextInput
          label="Authorizer name"
          value={draft.name}
          onChange={(event) => set({ name: event.target.value })}
          required
        />
        <SelectInput
          label="Authorizer type"
          value={draft.type}
          onChange={(event) => setType(event.target.value as AuthorizerType)}
          options={TYPE_OPTIONS}
        />
      </div>
      <p className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-600 dark:bg-slate-800/60 dark:text-slate-300">
        {TYPE_HINTS[draft.type]}
      </p>
      {draft.type === "COGNITO_USER_POOLS" ? (
        <CognitoAuthorizerFields draft={draft} onChange={set} />
      ) : (
        <LambdaAuthorizerFields draft={draft} onChange={set} />
      )}
      <TextInput
        label="Authorization caching TTL (seconds)"
        type="number"
        min={0}
        max={3600}
        step={1}
        value={draft.ttl}
        onChange={(event) => set({ ttl: event.target.value })}
        hint="0 to 3600, default 300. While cached, the same token (or identity sources) skips the authorizer; 0 turns caching off."
      />
      <ErrorNote error={error} />
      <div className="flex flex-wrap gap-2">
        <SmallButton type="submit" variant="primary" disabled={pending || !draft.name.trim()}>
          {editing ? "Save authorizer" : "Create authorizer"}
        </SmallButton>
        {onCancel ? <SmallButton onClick={onCancel}>Cancel</SmallButton> : null}
      </div>
    </form>
  );
}
