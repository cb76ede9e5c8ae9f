/**
 * The engine requests a plan sends: one per credential (or one when it mixes none), built once and reused
 * for every request of the run. The stage goes first in the path, as on an invoke URL.
 */
import type { GatewayRequest } from "../pipeline/request";
import type { TrafficPlan } from "./traffic-plan";

/** Where traffic appears to come from (TEST-NET-2, RFC 5737): `$context.identity.sourceIp`. */
export const TRAFFIC_SOURCE_IP = "198.51.100.7";

export interface TrafficRequests {
  /** The request without a credential (index -1 in the schedule). */
  plain: GatewayRequest;
  /** One request per `plan.credentials` entry, same order. */
  byCredential: GatewayRequest[];
}

export function toTrafficRequests(
  plan: Pick<TrafficPlan, "method" | "path" | "stageName" | "restApiId" | "headers" | "body" | "credentials">,
): TrafficRequests {
  const queryAt = plan.path.indexOf("?");
  const path = queryAt < 0 ? plan.path : plan.path.slice(0, queryAt);
  const query = queryAt < 0 ? "" : plan.path.slice(queryAt + 1);
  const body = plan.body === undefined ? null : new TextEncoder().encode(plan.body);
  const base = Object.entries(plan.headers ?? {});
  const toRequest = (headers: ReadonlyArray<readonly [string, string]>): GatewayRequest => ({
    apiId: plan.restApiId,
    method: plan.method,
    path: `/${plan.stageName}${path}`,
    query,
    headers,
    body,
    sourceIp: TRAFFIC_SOURCE_IP,
  });
  return {
    plain: toRequest(base),
    byCredential: (plan.credentials ?? []).map((c) => toRequest(mergeHeaders(base, c.headers))),
  };
}

/** A credential's headers replace the plan's headers of the same name, whatever their case. */
function mergeHeaders(
  base: ReadonlyArray<readonly [string, string]>,
  overrides: Record<string, string>,
): Array<[string, string]> {
  const replaced = new Set(Object.keys(overrides).map((name) => name.toLowerCase()));
  return [
    ...base.filter(([name]) => !replaced.has(name.toLowerCase())).map(([n, v]): [string, string] => [n, v]),
    ...Object.entries(overrides),
  ];
}
