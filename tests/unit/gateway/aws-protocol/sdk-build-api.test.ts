import {
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStageCommand,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
  UpdateStageCommand,
} from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { START, startSdkEndpoint, type SdkEndpoint } from "./sdk-endpoint";

describe("the AWS SDK v3 building a MOCK API end to end through the REST-JSON endpoint", () => {
  let endpoint: SdkEndpoint;
  let restApiId = "";
  let rootId = "";
  let petsId = "";
  const method = () => ({ restApiId, resourceId: petsId, httpMethod: "GET" });

  beforeAll(async () => {
    endpoint = await startSdkEndpoint();
  });
  afterAll(() => endpoint.close());

  it("creates a REST API with 201 and returns its id, name and createdDate as a Date", async () => {
    const api = await endpoint.client.send(
      new CreateRestApiCommand({ name: "pets", description: "Pet store" }),
    );
    expect(api.$metadata.httpStatusCode).toBe(201);
    expect(api.name).toBe("pets");
    expect(api.description).toBe("Pet store");
    expect(api.id).toMatch(/^[a-z0-9]{10}$/);
    expect(api.createdDate).toEqual(START);
    expect(api.endpointConfiguration?.types).toEqual(["EDGE"]);
    restApiId = api.id ?? "";
  });

  it("lists the root resource under `item` so the SDK returns it in `items`", async () => {
    const resources = await endpoint.client.send(new GetResourcesCommand({ restApiId }));
    expect(resources.items).toHaveLength(1);
    expect(resources.items?.[0]?.path).toBe("/");
    rootId = resources.items?.[0]?.id ?? "";
    expect(rootId).not.toBe("");
  });

  it("creates /pets under the root with 201", async () => {
    const pets = await endpoint.client.send(
      new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: "pets" }),
    );
    expect(pets.$metadata.httpStatusCode).toBe(201);
    expect(pets).toMatchObject({ path: "/pets", pathPart: "pets", parentId: rootId });
    petsId = pets.id ?? "";
  });

  it("puts GET /pets with its MOCK integration, method response and integration response", async () => {
    const { client } = endpoint;
    const put = await client.send(new PutMethodCommand({ ...method(), authorizationType: "NONE" }));
    expect(put).toMatchObject({ httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false });
    const integration = await client.send(
      new PutIntegrationCommand({
        ...method(),
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
      }),
    );
    expect(integration).toMatchObject({
      type: "MOCK",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
    });
    const methodResponse = await client.send(
      new PutMethodResponseCommand({ ...method(), statusCode: "200" }),
    );
    expect(methodResponse.statusCode).toBe("200");
    const integrationResponse = await client.send(
      new PutIntegrationResponseCommand({
        ...method(),
        statusCode: "200",
        responseTemplates: { "application/json": '{"pets": []}' },
      }),
    );
    expect(integrationResponse).toMatchObject({
      statusCode: "200",
      responseTemplates: { "application/json": '{"pets": []}' },
    });
  });

  it("shows the method in full with embed=methods, sent as a query list", async () => {
    const resources = await endpoint.client.send(new GetResourcesCommand({ restApiId, embed: ["methods"] }));
    const pets = resources.items?.find((resource) => resource.id === petsId);
    expect(pets?.resourceMethods?.GET?.methodIntegration?.type).toBe("MOCK");
    expect(pets?.resourceMethods?.GET?.methodResponses?.["200"]?.statusCode).toBe("200");
  });

  it("deploys to a new stage and reads the stage back", async () => {
    const deployment = await endpoint.client.send(
      new CreateDeploymentCommand({ restApiId, stageName: "dev" }),
    );
    expect(deployment.$metadata.httpStatusCode).toBe(201);
    expect(deployment.createdDate).toEqual(START);
    const stage = await endpoint.client.send(new GetStageCommand({ restApiId, stageName: "dev" }));
    expect(stage).toMatchObject({ stageName: "dev", deploymentId: deployment.id });
    expect(stage.createdDate).toEqual(START);
  });

  it("patches the stage's variables and description and returns the updated stage", async () => {
    endpoint.clock.advance(60_000);
    const stage = await endpoint.client.send(
      new UpdateStageCommand({
        restApiId,
        stageName: "dev",
        patchOperations: [
          { op: "replace", path: "/variables/backend", value: "mock" },
          { op: "replace", path: "/description", value: "Development" },
        ],
      }),
    );
    expect(stage.variables).toEqual({ backend: "mock" });
    expect(stage.description).toBe("Development");
    expect(stage.lastUpdatedDate).toEqual(new Date(START.getTime() + 60_000));
  });

  it("pages GetRestApis with limit and position", async () => {
    await endpoint.client.send(new CreateRestApiCommand({ name: "orders" }));
    const first = await endpoint.client.send(new GetRestApisCommand({ limit: 1 }));
    expect(first.items?.map((api) => api.name)).toEqual(["pets"]);
    expect(first.position).toBe("1");
    const second = await endpoint.client.send(new GetRestApisCommand({ limit: 1, position: first.position }));
    expect(second.items?.map((api) => api.name)).toEqual(["orders"]);
    expect(second.position).toBeUndefined();
  });
});
