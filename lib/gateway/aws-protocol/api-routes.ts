import { itemRoutes, listRoute, type QueryBinding, type RestJsonRoute } from "./rest-json-route";

const API = "/restapis/{restApiId}";
const RESOURCE = `${API}/resources/{resourceId}`;
const METHOD = `${RESOURCE}/methods/{httpMethod}`;
const METHOD_RESPONSE = `${METHOD}/responses/{statusCode}`;
const INTEGRATION = `${METHOD}/integration`;
const INTEGRATION_RESPONSE = `${INTEGRATION}/responses/{statusCode}`;
const EMBED: Record<string, QueryBinding> = { embed: { member: "embed", type: "list" } };
const FAIL_ON_WARNINGS: Record<string, QueryBinding> = {
  failonwarnings: { member: "failOnWarnings", type: "boolean" },
};

/**
 * The RestApi, Resource, Method and Integration operations, as the API Gateway V1 Smithy model binds them.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export const API_ROUTES: readonly RestJsonRoute[] = [
  { action: "CreateRestApi", method: "POST", uri: "/restapis", status: 201 },
  {
    action: "ImportRestApi",
    method: "POST",
    uri: "/restapis?mode=import",
    status: 201,
    query: FAIL_ON_WARNINGS,
    queryParams: "parameters",
    payload: "body",
  },
  {
    action: "PutRestApi",
    method: "PUT",
    uri: API,
    status: 200,
    query: { ...FAIL_ON_WARNINGS, mode: { member: "mode", type: "string" } },
    queryParams: "parameters",
    payload: "body",
  },
  listRoute("GetRestApis", "/restapis"),
  ...itemRoutes("RestApi", API, 202),
  { action: "CreateResource", method: "POST", uri: `${API}/resources/{parentId}`, status: 201 },
  listRoute("GetResources", `${API}/resources`, EMBED),
  ...itemRoutes("Resource", RESOURCE, 202, EMBED),
  { action: "PutMethod", method: "PUT", uri: METHOD, status: 201 },
  ...itemRoutes("Method", METHOD, 204),
  { action: "TestInvokeMethod", method: "POST", uri: METHOD, status: 200 },
  { action: "PutMethodResponse", method: "PUT", uri: METHOD_RESPONSE, status: 201 },
  { action: "GetMethodResponse", method: "GET", uri: METHOD_RESPONSE, status: 200 },
  // UpdateMethodResponse answers 201, unlike every other Update* (Smithy model).
  { action: "UpdateMethodResponse", method: "PATCH", uri: METHOD_RESPONSE, status: 201 },
  { action: "DeleteMethodResponse", method: "DELETE", uri: METHOD_RESPONSE, status: 204 },
  {
    action: "PutIntegration",
    method: "PUT",
    uri: INTEGRATION,
    status: 201,
    // The backend's verb travels as `httpMethod` in the body; the path's {httpMethod} is the method's own.
    bodyNames: { httpMethod: "integrationHttpMethod" },
  },
  ...itemRoutes("Integration", INTEGRATION, 204),
  { action: "PutIntegrationResponse", method: "PUT", uri: INTEGRATION_RESPONSE, status: 201 },
  ...itemRoutes("IntegrationResponse", INTEGRATION_RESPONSE, 204),
];
