"use client";
/** Canary release: send a share of the stage's traffic to another deployment, then promote or drop it. */
import type { Stage } from "@/lib/gateway/control/types";
import { ErrorNote, SmallButton } from "../controls";
import { CanaryForm } from "./canary-form";
import { removeOp } from "./patch-path";
import { PROMOTE_CANARY_PATCH, toCanaryPatch } from "./stage-patch";
import { useStageUpdate } from "./use-stage-update";

export function StageCanary({ restApiId, stage }: { restApiId: string; stage: Stage }) {
  const { update, pending, error } = useStageUpdate(restApiId, stage.stageName);
  const canary = stage.canarySettings;
  const promote = () => {
    if (
      window.confirm(
        `Promote the canary? ${stage.stageName} will serve deployment ${canary?.deploymentId ?? ""} to everyone.`,
      )
    )
      void update(PROMOTE_CANARY_PATCH);
  };
  const remove = () => {
    if (window.confirm("Delete the canary? All traffic goes back to the stage's deployment."))
      void update([removeOp("/canarySettings")]);
  };
  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500 dark:text-slate-400">
        A canary starts on the stage&apos;s current deployment. Deploy to the stage with &quot;Deploy to the
        canary&quot; checked to put the new version on the canary only, watch its metrics, then promote it
        (the stage takes the canary&apos;s deployment and variable overrides) or delete it.
      </p>
      <ErrorNote error={error} />
      {canary ? (
        <>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_minmax(0,1fr)]">
            <dt className="text-slate-500 dark:text-slate-400">Canary deployment</dt>
            <dd className="font-mono">{canary.deploymentId ?? stage.deploymentId}</dd>
            <dt className="text-slate-500 dark:text-slate-400">Traffic</dt>
            <dd>{canary.percentTraffic}%</dd>
          </dl>
          <div className="flex flex-wrap gap-2">
            <SmallButton variant="primary" onClick={promote} disabled={pending}>
              Promote canary
            </SmallButton>
            <SmallButton variant="danger" onClick={remove} disabled={pending}>
              Delete canary
            </SmallButton>
          </div>
          <CanaryForm
            canary={canary}
            pending={pending}
            submitLabel="Save canary settings"
            onSubmit={(draft) => void update(toCanaryPatch(draft))}
          />
        </>
      ) : (
        <CanaryForm
          canary={undefined}
          pending={pending}
          submitLabel="Create canary"
          onSubmit={(draft) => void update(toCanaryPatch(draft))}
        />
      )}
    </div>
  );
}
