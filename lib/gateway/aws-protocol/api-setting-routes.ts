import { itemRoutes, listRoute, type RestJsonRoute } from "./rest-json-route";

const API = "/restapis/{restApiId}";
const STAGE = `${API}/stages/{stageName}`;

/**
 * The operations on a REST API's models, validators, authorizers, gateway responses, deployments and
 * stages, as the API Gateway V1 Smithy model binds them.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export const API_SETTING_ROUTES: readonly RestJsonRoute[] = [
  { action: "CreateModel", method: "POST", uri: `${API}/models`, status: 201 },
  listRoute("GetModels", `${API}/models`),
  ...itemRoutes("Model", `${API}/models/{modelName}`, 202, {
    flatten: { member: "flatten", type: "boolean" },
  }),
  { action: "CreateRequestValidator", method: "POST", uri: `${API}/requestvalidators`, status: 201 },
  listRoute("GetRequestValidators", `${API}/requestvalidators`),
  ...itemRoutes("RequestValidator", `${API}/requestvalidators/{requestValidatorId}`, 202),
  { action: "CreateAuthorizer", method: "POST", uri: `${API}/authorizers`, status: 201 },
  listRoute("GetAuthorizers", `${API}/authorizers`),
  ...itemRoutes("Authorizer", `${API}/authorizers/{authorizerId}`, 202),
  { action: "PutGatewayResponse", method: "PUT", uri: `${API}/gatewayresponses/{responseType}`, status: 201 },
  listRoute("GetGatewayResponses", `${API}/gatewayresponses`),
  ...itemRoutes("GatewayResponse", `${API}/gatewayresponses/{responseType}`, 202),
  { action: "CreateDeployment", method: "POST", uri: `${API}/deployments`, status: 201 },
  listRoute("GetDeployments", `${API}/deployments`),
  ...itemRoutes("Deployment", `${API}/deployments/{deploymentId}`, 202, {
    embed: { member: "embed", type: "list" },
  }),
  { action: "CreateStage", method: "POST", uri: `${API}/stages`, status: 201 },
  // GetStages is not paged: its output member is named `item` outright.
  {
    action: "GetStages",
    method: "GET",
    uri: `${API}/stages`,
    status: 200,
    query: { deploymentId: { member: "deploymentId", type: "string" } },
  },
  ...itemRoutes("Stage", STAGE, 202),
  {
    action: "GetExport",
    method: "GET",
    uri: `${STAGE}/exports/{exportType}`,
    status: 200,
    queryParams: "parameters",
    headers: { accept: "accepts" },
    outputPayload: "body",
    outputHeaders: { contentType: "content-type", contentDisposition: "content-disposition" },
  },
  { action: "FlushStageCache", method: "DELETE", uri: `${STAGE}/cache/data`, status: 202 },
  { action: "FlushStageAuthorizersCache", method: "DELETE", uri: `${STAGE}/cache/authorizers`, status: 202 },
];
