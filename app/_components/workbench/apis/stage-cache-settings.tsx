"use client";
/** The stage's cache cluster and the caching every method inherits (`*\/*`). */
import { useState, type FormEvent } from "react";
import { CACHE_CLUSTER_SIZES } from "@/lib/gateway/control/stage-rules";
import type { Stage } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, SelectInput, SmallButton } from "../controls";
import { CachingFields } from "./caching-fields";
import { replaceOp } from "./patch-path";
import { STAGE_DEFAULT_KEY, toCachingPatch, toMethodSettingPath, type CachingDraft } from "./stage-patch";
import { useStageUpdate } from "./use-stage-update";

export function toCachingDraft(setting: Stage["methodSettings"][string] | undefined): CachingDraft {
  return {
    enabled: setting?.cachingEnabled ?? false,
    ttlInSeconds: String(setting?.cacheTtlInSeconds ?? 300),
    requireAuthorization: setting?.requireAuthorizationForCacheControl ?? true,
  };
}

export function StageCacheSettings({ restApiId, stage }: { restApiId: string; stage: Stage }) {
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const [enabled, setEnabled] = useState(stage.cacheClusterEnabled);
  const [size, setSize] = useState<string>(stage.cacheClusterSize ?? "0.5");
  const [caching, setCaching] = useState(toCachingDraft(stage.methodSettings[STAGE_DEFAULT_KEY]));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await update([
      replaceOp("/cacheClusterEnabled", String(enabled)),
      ...(enabled ? [replaceOp("/cacheClusterSize", size)] : []),
      ...toCachingPatch(toMethodSettingPath(STAGE_DEFAULT_KEY), caching),
    ]);
  };
  return (
    <form onSubmit={submit} aria-label="Stage caching" className="space-y-4">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        The API cache is a dedicated cluster per stage, billed by the hour for its size. Cached responses are
        keyed on the method, path and the cache key parameters you pick on the integration. A client can ask
        for a fresh answer with <code>Cache-Control: max-age=0</code>; requiring authorization limits that to
        callers allowed <code>execute-api:InvalidateCache</code>. The stage default caches GET methods only;
        use a method override to cache another method.
      </p>
      <div className="grid items-end gap-3 sm:grid-cols-2">
        <Checkbox
          label="Provision API cache"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <SelectInput
          label="Cache capacity (GB)"
          value={size}
          disabled={!enabled}
          onChange={(event) => setSize(event.target.value)}
          options={CACHE_CLUSTER_SIZES}
        />
      </div>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-xs font-semibold text-slate-600 dark:text-slate-300">
          Default method caching
        </legend>
        <CachingFields scope="all methods" draft={caching} onChange={setCaching} />
      </fieldset>
      <ErrorNote error={error} />
      <SmallButton type="submit" variant="primary" disabled={pending}>
        Save cache settings
      </SmallButton>
    </form>
  );
}
