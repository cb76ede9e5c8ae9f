import type { ApiSnapshot, Model, RequestValidator } from "@/lib/gateway/control/types";

export const API_ID = "a1b2c3d4e5";

/** A deployment snapshot holding only what validation reads: validators and models. */
export function makeSnapshot(
  schemas: Record<string, unknown>,
  validators: RequestValidator[] = [
    { id: "v1", name: "all", validateRequestBody: true, validateRequestParameters: true },
  ],
): ApiSnapshot {
  const models: Model[] = Object.entries(schemas).map(([name, schema], index) => ({
    id: `m${index}`,
    name,
    contentType: "application/json",
    schema: typeof schema === "string" ? schema : JSON.stringify(schema),
  }));
  return {
    api: {
      id: API_ID,
      name: "test",
      createdDate: 0,
      apiKeySource: "HEADER",
      endpointConfiguration: { types: ["REGIONAL"] },
      disableExecuteApiEndpoint: false,
      rootResourceId: "root",
    },
    resources: [],
    models,
    requestValidators: validators,
    authorizers: [],
    gatewayResponses: [],
  };
}
