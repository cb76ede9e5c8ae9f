import type {
  Authorizer,
  Deployment,
  GatewayResponse,
  GatewayResponseType,
  Model,
  RequestValidator,
  Resource,
  RestApi,
  Stage,
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

/** The whole control plane of one sandbox (one simulated account and Region), as plain JSON. */
export interface ControlPlaneState {
  version: 1;
  restApis: RestApiRecord[];
}

/** An empty account. */
export function createControlPlaneState(): ControlPlaneState {
  return { version: 1, restApis: [] };
}
