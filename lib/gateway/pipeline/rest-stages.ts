/**
 * The REST API data plane, in order (ARCHITECTURE.md). Authorization stages (resource policy, authorizers,
 * API keys) join between routing and throttling.
 */
import type { PipelineStage } from "./run-pipeline";
import { authorizeRequest } from "./stages/authorize-request";
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
  { name: "authorizeRequest", run: authorizeRequest },
  { name: "validateApiKey", run: validateApiKey },
  { name: "throttleRequest", run: throttleRequest },
  { name: "validateMethodRequest", run: validateMethodRequest },
  { name: "lookupCache", run: lookupCache },
  { name: "mapIntegrationRequest", run: mapIntegrationRequest },
  { name: "invokeIntegration", run: invokeIntegration },
  { name: "mapIntegrationResponse", run: mapIntegrationResponse },
  { name: "mapMethodResponse", run: mapMethodResponse },
  { name: "storeCache", run: storeCache },
];
