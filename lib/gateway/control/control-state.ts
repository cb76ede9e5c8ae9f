import type {
  ApiKey,
  Authorizer,
  Deployment,
  GatewayResponse,
  GatewayResponseType,
  Model,
  RequestValidator,
  Resource,
  RestApi,
  Stage,
  UsagePlan,
} from "./types";

/**
 * Everything one REST API owns, in AWS's shapes. Collections are arrays (creation order) rather than
 * objects so that ids that look like integers ("123456") keep their place when the state goes through
 * JSON and back.
 */
export interface RestApiRecord {
  restApi: RestApi;
  /** Each resource carries its methods, their method responses and integrations, as GetResources?embed=methods shows them. */
  resources: Resource[];
  models: Model[];
  requestValidators: RequestValidator[];
  authorizers: Authorizer[];
  /** Only the responses the user put or updated; the 21 defaults are derived on read. */
  gatewayResponses: Partial<Record<GatewayResponseType, GatewayResponse>>;
  deployments: Deployment[];
  /** Replaced, never mutated in place, so a frozen copy handed to the data plane stays valid until the next change. */
  stages: Stage[];
}

/** An API key as stored: the value is always kept, and shown only when asked for. */
export type StoredApiKey = ApiKey & { value: string };

/** A usage plan with what AWS keeps beside it: when it was created and which API keys it holds. */
export interface UsagePlanRecord {
  usagePlan: UsagePlan;
  /** Epoch ms: the quota `offset` applies to the period containing it. */
  createdAt: number;
  /** The plan's API keys (UsagePlanKeys), in the order they were added. */
  keyIds: string[];
}

/**
 * Requests counted against each key's quota, per usage plan, API key and UTC day (`2026-01-31`), and
 * the UpdateUsage grants (remaining quota added or taken, by the day they were made). The data plane
 * writes the counts (`recordQuotaUsage`) so that GetUsage can report them and a restart can restore them.
 */
export type QuotaUsageLog = Record<string, Record<string, KeyQuotaUsage>>;

export interface KeyQuotaUsage {
  used: Record<string, number>;
  granted?: Record<string, number>;
}

/**
 * The whole control plane of one sandbox (one simulated account and Region), as plain JSON. The
 * account-level collections are optional so that states stored before they existed still load.
 */
export interface ControlPlaneState {
  version: 1;
  restApis: RestApiRecord[];
  apiKeys?: StoredApiKey[];
  usagePlans?: UsagePlanRecord[];
  quotaUsage?: QuotaUsageLog;
}

/** An empty account. */
export function createControlPlaneState(): ControlPlaneState {
  return { version: 1, restApis: [], apiKeys: [], usagePlans: [], quotaUsage: {} };
}
