"use client";
/** Picks one deployed stage of one of the sandbox's APIs: a usage plan meters only the stages it lists. */
import { useState } from "react";
import { Empty, ErrorNote, Loading, SelectInput, SmallButton } from "../controls";
import type { ApiWithStages } from "./use-api-stages";
import type { AsyncState } from "../use-async";

export function ApiStagePicker({
  apis,
  exclude,
  onAdd,
  disabled,
}: {
  apis: AsyncState<ApiWithStages[]>;
  /** `<apiId>:<stage>` values already chosen. */
  exclude: readonly string[];
  onAdd: (apiId: string, stage: string) => void;
  disabled?: boolean;
}) {
  const [apiId, setApiId] = useState("");
  const [stage, setStage] = useState("");
  if (apis.loading && !apis.data) return <Loading label="Loading APIs and stages…" />;
  if (apis.error) return <ErrorNote error={apis.error} />;
  const deployed = (apis.data ?? []).filter((api) => api.stages.length > 0);
  if (deployed.length === 0)
    return <Empty>No deployed stage yet: deploy an API to a stage first (APIs section).</Empty>;
  const free = (candidate: ApiWithStages) =>
    candidate.stages.filter((name) => !exclude.includes(`${candidate.id}:${name}`));
  const withStages = deployed.filter((candidate) => free(candidate).length > 0);
  if (withStages.length === 0) return <Empty>Every deployed stage is already listed.</Empty>;
  const api = withStages.find((candidate) => candidate.id === apiId) ?? withStages[0];
  const stages = api ? free(api) : [];
  const chosenStage = stages.includes(stage) ? stage : (stages[0] ?? "");
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-40 flex-1">
        <SelectInput
          label="API"
          value={api?.id ?? ""}
          onChange={(e) => setApiId(e.target.value)}
          options={withStages.map((candidate) => ({
            value: candidate.id,
            label: `${candidate.name} (${candidate.id})`,
          }))}
        />
      </div>
      <div className="min-w-28">
        <SelectInput
          label="Stage"
          value={chosenStage}
          onChange={(e) => setStage(e.target.value)}
          options={stages}
        />
      </div>
      <SmallButton
        disabled={disabled || !api || !chosenStage}
        onClick={() => api && chosenStage && onAdd(api.id, chosenStage)}
        className="mb-0.5"
      >
        Add stage
      </SmallButton>
    </div>
  );
}
