"use client";
/** CreateDeployment: freeze the API's current configuration and point a new or existing stage at it. */
import { useState, type FormEvent } from "react";
import type { DeploymentOutput } from "@/lib/gateway/control/deployment-operations";
import type { Stage } from "@/lib/gateway/control/types";
import { Checkbox, ErrorNote, Panel, SelectInput, SmallButton, TextInput } from "../controls";
import { useAction } from "../use-async";
import { useWorkbench } from "../workbench-context";

const NEW_STAGE = "";

export function DeployApiForm({
  restApiId,
  stages,
  onDeployed,
}: {
  restApiId: string;
  stages: readonly Stage[];
  onDeployed: (stageName: string) => void;
}) {
  const { transport, changed } = useWorkbench();
  const [target, setTarget] = useState(stages[0]?.stageName ?? NEW_STAGE);
  const [stageName, setStageName] = useState("dev");
  const [stageDescription, setStageDescription] = useState("");
  const [description, setDescription] = useState("");
  const [toCanary, setToCanary] = useState(true);
  const [done, setDone] = useState<string>();
  const action = useAction();
  const existing = stages.find((stage) => stage.stageName === target);
  const canary = existing?.canarySettings;
  const name = existing ? existing.stageName : stageName.trim();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(undefined);
    const deployment = await action.run(() =>
      transport.call<DeploymentOutput>("apigateway", "createDeployment", {
        restApiId,
        stageName: name,
        ...(!existing && stageDescription.trim() && { stageDescription: stageDescription.trim() }),
        ...(description.trim() && { description: description.trim() }),
        // A deployment made with canarySettings goes to the stage's canary; the stage keeps its deployment.
        ...(canary &&
          toCanary && {
            canarySettings: {
              percentTraffic: canary.percentTraffic,
              useStageCache: canary.useStageCache,
              ...(canary.stageVariableOverrides && { stageVariableOverrides: canary.stageVariableOverrides }),
            },
          }),
      }),
    );
    if (!deployment) return;
    setDone(`Deployment ${deployment.id} is live on ${canary && toCanary ? `the canary of ${name}` : name}.`);
    setDescription("");
    setStageDescription("");
    setTarget(name);
    changed();
    onDeployed(name);
  };

  return (
    <Panel title="Deploy API">
      <p className="mb-3 text-xs text-slate-500 dark:text-slate-400">
        Editing resources, methods, authorizers or models changes the working copy only. Callers see a change
        once you deploy: a deployment is a frozen snapshot of the API, and a stage (dev, prod…) serves one
        deployment.
      </p>
      <form onSubmit={submit} className="space-y-3" aria-label="Deploy API">
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectInput
            label="Deployment stage"
            value={target}
            onChange={(event) => setTarget(event.target.value)}
            options={[
              { value: NEW_STAGE, label: "[New stage]" },
              ...stages.map((stage) => ({ value: stage.stageName, label: stage.stageName })),
            ]}
          />
          {existing ? null : (
            <TextInput
              label="New stage name"
              value={stageName}
              onChange={(event) => setStageName(event.target.value)}
              required
              maxLength={128}
              pattern="[a-zA-Z0-9_\-]+"
              hint="Letters, digits, - and _. The name becomes part of the invoke URL."
            />
          )}
          {existing ? null : (
            <TextInput
              label="Stage description"
              value={stageDescription}
              onChange={(event) => setStageDescription(event.target.value)}
            />
          )}
          <TextInput
            label="Deployment description"
            value={description}
            onChange={(event) => setDescription(event.target.value)}
            placeholder="What changed"
          />
        </div>
        {canary ? (
          <Checkbox
            label={`Deploy to the canary of ${existing?.stageName ?? ""} (${canary.percentTraffic}% of traffic)`}
            checked={toCanary}
            onChange={(event) => setToCanary(event.target.checked)}
          />
        ) : null}
        <ErrorNote error={action.error} />
        {done ? (
          <p role="status" className="text-sm text-emerald-700 dark:text-emerald-300">
            {done}
          </p>
        ) : null}
        <SmallButton type="submit" variant="primary" disabled={action.pending || !name}>
          {action.pending ? "Deploying…" : "Deploy API"}
        </SmallButton>
      </form>
    </Panel>
  );
}
