"use client";
/** The sandbox's REST APIs with their stage names (GetRestApis, then GetStages for each), for stage pickers. */
import type { RestApi, Stage } from "@/lib/gateway/control/types";
import { useAsync, type AsyncState } from "../use-async";
import { useWorkbench } from "../workbench-context";

export interface ApiWithStages {
  id: string;
  name: string;
  stages: string[];
}

export function useApiStages(): AsyncState<ApiWithStages[]> {
  const { transport, revision } = useWorkbench();
  return useAsync(async () => {
    const apis = await transport.call<{ items: RestApi[] }>("apigateway", "getRestApis", { limit: 500 });
    return Promise.all(
      apis.items.map(async (api) => {
        // GetStages answers `{ item: [...] }`, singular, as AWS does.
        const stages = await transport.call<{ item: Stage[] }>("apigateway", "getStages", {
          restApiId: api.id,
        });
        return { id: api.id, name: api.name, stages: stages.item.map((stage) => stage.stageName) };
      }),
    );
  }, `api-stages:${revision}`);
}

/** "pets (a1b2c3)" for an API id, or the id when the API is gone. */
export function apiLabel(apis: readonly ApiWithStages[] | undefined, apiId: string): string {
  const api = apis?.find((candidate) => candidate.id === apiId);
  return api ? `${api.name} (${api.id})` : apiId;
}
