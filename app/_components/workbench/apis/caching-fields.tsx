"use client";
/** Method caching fields, shared by the stage defaults and the per-method overrides. */
import { Checkbox, TextInput } from "../controls";
import type { CachingDraft } from "./stage-patch";

export function CachingFields({
  draft,
  onChange,
  scope,
}: {
  draft: CachingDraft;
  onChange: (draft: CachingDraft) => void;
  /** Names what the fields apply to in their labels ("all methods", "this method"). */
  scope: string;
}) {
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <div className="space-y-2">
        <Checkbox
          label={`Cache responses of ${scope}`}
          checked={draft.enabled}
          onChange={(event) => onChange({ ...draft, enabled: event.target.checked })}
        />
        <Checkbox
          label={`Require authorization to invalidate (${scope})`}
          checked={draft.requireAuthorization}
          onChange={(event) => onChange({ ...draft, requireAuthorization: event.target.checked })}
        />
      </div>
      <TextInput
        label={`Cache TTL for ${scope} (seconds)`}
        type="number"
        min={0}
        max={3600}
        step={1}
        value={draft.ttlInSeconds}
        onChange={(event) => onChange({ ...draft, ttlInSeconds: event.target.value })}
        hint="0 to 3600; 0 turns caching off. Default 300."
      />
    </div>
  );
}
