"use client";
/** The user pools and token header of a COGNITO_USER_POOLS authorizer. */
import { Checkbox, Empty, ErrorNote, Loading, TextInput } from "../controls";
import type { AuthorizerDraft } from "./authorizer-patch";
import { useUserPools } from "./use-authorizer-sources";

export function CognitoAuthorizerFields({
  draft,
  onChange,
}: {
  draft: AuthorizerDraft;
  onChange: (patch: Partial<AuthorizerDraft>) => void;
}) {
  const pools = useUserPools();
  const options = pools.data ?? [];
  const unknown = draft.providerARNs.filter((arn) => !options.some((pool) => pool.arn === arn));
  const toggle = (arn: string, checked: boolean) =>
    onChange({
      providerARNs: checked
        ? [...draft.providerARNs, arn]
        : draft.providerARNs.filter((candidate) => candidate !== arn),
    });
  return (
    <div className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-700 dark:text-slate-300">User pools</legend>
        {pools.loading && !pools.data ? <Loading label="Loading user pools…" /> : null}
        <ErrorNote error={pools.error} />
        {pools.data && options.length === 0 && unknown.length === 0 ? (
          <Empty>No user pools yet: create one in the Cognito section first.</Empty>
        ) : null}
        {options.map((pool) => (
          <Checkbox
            key={pool.arn}
            label={`${pool.name} (${pool.id})`}
            checked={draft.providerARNs.includes(pool.arn)}
            onChange={(event) => toggle(pool.arn, event.target.checked)}
          />
        ))}
        {unknown.map((arn) => (
          <Checkbox key={arn} label={`${arn} (not found)`} checked onChange={() => toggle(arn, false)} />
        ))}
      </fieldset>
      <TextInput
        label="Token source"
        value={draft.identitySource}
        onChange={(event) => onChange({ identitySource: event.target.value })}
        required
        placeholder="method.request.header.Authorization"
        hint="The header carrying the ID or access token. AWS documents the bare token; a Bearer prefix is accepted too."
      />
    </div>
  );
}
