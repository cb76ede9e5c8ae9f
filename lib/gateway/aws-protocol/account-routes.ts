import { itemRoutes, listRoute, type QueryBinding, type RestJsonRoute } from "./rest-json-route";

const PLAN = "/usageplans/{usagePlanId}";
const KEY_ID: Record<string, QueryBinding> = { keyId: { member: "keyId", type: "string" } };
const NAME_QUERY: Record<string, QueryBinding> = { name: { member: "nameQuery", type: "string" } };

/**
 * The account-level API key, usage plan and usage operations, as the API Gateway V1 Smithy model binds them.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Operations_Amazon_API_Gateway.html
 */
export const ACCOUNT_ROUTES: readonly RestJsonRoute[] = [
  {
    action: "ImportApiKeys",
    method: "POST",
    uri: "/apikeys?mode=import",
    status: 201,
    query: {
      format: { member: "format", type: "string" },
      failonwarnings: { member: "failOnWarnings", type: "boolean" },
    },
    payload: "body",
  },
  { action: "CreateApiKey", method: "POST", uri: "/apikeys", status: 201 },
  listRoute("GetApiKeys", "/apikeys", {
    ...NAME_QUERY,
    customerId: { member: "customerId", type: "string" },
    includeValues: { member: "includeValues", type: "boolean" },
  }),
  ...itemRoutes("ApiKey", "/apikeys/{apiKey}", 202, {
    includeValue: { member: "includeValue", type: "boolean" },
  }),
  { action: "CreateUsagePlan", method: "POST", uri: "/usageplans", status: 201 },
  listRoute("GetUsagePlans", "/usageplans", KEY_ID),
  ...itemRoutes("UsagePlan", PLAN, 202),
  { action: "CreateUsagePlanKey", method: "POST", uri: `${PLAN}/keys`, status: 201 },
  listRoute("GetUsagePlanKeys", `${PLAN}/keys`, NAME_QUERY),
  { action: "GetUsagePlanKey", method: "GET", uri: `${PLAN}/keys/{keyId}`, status: 200 },
  { action: "DeleteUsagePlanKey", method: "DELETE", uri: `${PLAN}/keys/{keyId}`, status: 202 },
  {
    action: "GetUsage",
    method: "GET",
    uri: `${PLAN}/usage`,
    status: 200,
    query: {
      ...KEY_ID,
      startDate: { member: "startDate", type: "string" },
      endDate: { member: "endDate", type: "string" },
      position: { member: "position", type: "string" },
      limit: { member: "limit", type: "integer" },
    },
    itemsJsonName: "values",
  },
  {
    action: "UpdateUsage",
    method: "PATCH",
    uri: `${PLAN}/keys/{keyId}/usage`,
    status: 200,
    itemsJsonName: "values",
  },
];
