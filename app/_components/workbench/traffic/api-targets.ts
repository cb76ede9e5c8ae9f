/**
 * The stages, resources and API keys the traffic and metrics forms offer, loaded in one go. GetStages answers
 * `{ item }` (AWS's own name for that list), the other list operations `{ items }`.
 */
import type { ApiKey, Resource, Stage } from "@/lib/gateway/control/types";
import type { WorkbenchTransport } from "../transport";

export interface ApiTargets {
  stages: Stage[];
  resources: Resource[];
  apiKeys: ApiKey[];
}

/** A method of the API as CloudWatch names its dimensions: Method and Resource (the resource path). */
export interface MethodTarget {
  method: string;
  resource: string;
}

export async function loadApiTargets(
  transport: WorkbenchTransport,
  restApiId: string,
  options: { apiKeys?: boolean } = {},
): Promise<ApiTargets> {
  const [stages, resources, apiKeys] = await Promise.all([
    transport.call<{ item?: Stage[]; items?: Stage[] }>("apigateway", "getStages", { restApiId }),
    transport.call<{ items?: Resource[] }>("apigateway", "getResources", { restApiId, limit: 500 }),
    options.apiKeys
      ? transport
          .call<{ items?: ApiKey[] }>("apigateway", "getApiKeys", { includeValues: true, limit: 500 })
          .catch(() => ({ items: [] as ApiKey[] }))
      : Promise.resolve({ items: [] as ApiKey[] }),
  ]);
  return {
    stages: stages.item ?? stages.items ?? [],
    resources: resources.items ?? [],
    apiKeys: apiKeys.items ?? [],
  };
}

/** Resource paths, sorted, for the path suggestions. */
export function toResourcePaths(resources: readonly Resource[]): string[] {
  return resources.map((r) => r.path).sort((a, b) => a.localeCompare(b));
}

/** Every method of every resource, sorted by path then verb. */
export function toMethodTargets(resources: readonly Resource[]): MethodTarget[] {
  const targets: MethodTarget[] = [];
  for (const resource of resources)
    for (const method of Object.keys(resource.resourceMethods ?? {}))
      targets.push({ method, resource: resource.path });
  return targets.sort((a, b) => a.resource.localeCompare(b.resource) || a.method.localeCompare(b.method));
}
