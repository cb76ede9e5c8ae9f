/**
 * The REST API data plane, in order (ARCHITECTURE.md). Authorization stages (resource policy, authorizers,
 * API keys) join between routing and throttling.
 */
import type { PipelineStage } from "./run-pipeline";
import { authorizeRequest } from "./stages/authorize-request";
import { checkResourcePolicy } from "./stages/check-resource-policy";
import { validateApiKey } from "./stages/validate-api-key";
import { invokeIntegration } from "./stages/invoke-integration";
import { lookupCache } from "./stages/lookup-cache";
import { mapIntegrationRequest } from "./stages/map-integration-request";
import { mapIntegrationResponse } from "./stages/map-integration-response";
import { mapMethodResponse } from "./stages/map-method-response";
import { parseRequest } from "./stages/parse-request";
import { routeRequest } from "./stages/route-request";
import { storeCache } from "./stages/store-cache";
import { throttleRequest } from "./stages/throttle-request";
import { validateMethodRequest } from "./stages/validate-method-request";

export const REST_PIPELINE: readonly PipelineStage[] = [
  { name: "parseRequest", run: parseRequest },
  { name: "routeRequest", run: routeRequest },
  {
    name: "checkResourcePolicy",
    run: checkResourcePolicy,
    quietLine: () => "The API has no resource policy",
  },
  {
    name: "authorizeRequest",
    run: authorizeRequest,
    quietLine: (ctx) => `Method authorization type: ${ctx.routed!.method.authorizationType}`,
  },
  { name: "validateApiKey", run: validateApiKey, quietLine: () => "API key not required" },
  { name: "throttleRequest", run: throttleRequest, quietLine: () => "Within the throttling limits" },
  { name: "validateMethodRequest", run: validateMethodRequest, quietLine: () => "No request validator" },
  { name: "lookupCache", run: lookupCache, quietLine: () => "Caching is off for this method" },
  { name: "mapIntegrationRequest", run: mapIntegrationRequest },
  { name: "invokeIntegration", run: invokeIntegration },
  {
    name: "mapIntegrationResponse",
    run: mapIntegrationResponse,
    quietLine: () => "Proxy integration: the response is passed through",
  },
  {
    name: "mapMethodResponse",
    run: mapMethodResponse,
    quietLine: (ctx) => `Method response status: ${ctx.response?.statusCode ?? "(none)"}`,
  },
  {
    name: "storeCache",
    run: storeCache,
    quietLine: (ctx) => (ctx.cache ? "Response not stored" : "Caching is off for this method"),
  },
];
