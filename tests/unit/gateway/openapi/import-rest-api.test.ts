import { describe, expect, it } from "vitest";
import type { Resource } from "@/lib/gateway/control";
import {
  PETSTORE_OAS30,
  PETSTORE_SWAGGER_YAML,
  catchAwsError,
  createTestControlPlane,
  mockIntegration,
  oas30,
} from "./fixture";

const body = (document: unknown) => JSON.stringify(document);

function resourcesByPath(resources: Resource[]): Record<string, Resource> {
  return Object.fromEntries(resources.map((resource) => [resource.path, resource]));
}

describe("ImportRestApi", () => {
  it("creates the API with the definition's settings, EDGE by default", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: body(PETSTORE_OAS30) });
    expect(api).toMatchObject({
      name: "PetStore",
      description: "Pets for sale",
      version: "2.1",
      apiKeySource: "HEADER",
      binaryMediaTypes: ["image/png"],
      minimumCompressionSize: 1024,
      endpointConfiguration: { types: ["EDGE"], ipAddressType: "ipv4" },
    });
    expect(api).not.toHaveProperty("warnings");
    expect(cp.getRestApis({}).items.map((item) => item.id)).toEqual([api.id]);
  });

  it("creates the resources, methods, responses and integrations of every path", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: body(PETSTORE_OAS30) });
    const resources = resourcesByPath(cp.getResources({ restApiId: api.id, embed: ["methods"] }).items);
    expect(Object.keys(resources).sort()).toEqual([
      "/",
      "/files",
      "/files/{proxy+}",
      "/pets",
      "/pets/{petId}",
    ]);
    expect(resources["/"]?.id).toBe(api.rootResourceId);
    const list = resources["/pets"]?.resourceMethods?.GET;
    const authorizer = cp.getAuthorizers({ restApiId: api.id }).items[0];
    expect(list).toMatchObject({
      authorizationType: "CUSTOM",
      authorizerId: authorizer?.id,
      apiKeyRequired: true,
      operationName: "ListPets",
      methodResponses: { "200": { responseModels: { "application/json": "Pets" } } },
      methodIntegration: {
        type: "HTTP",
        httpMethod: "GET",
        uri: "http://petstore.example.com/pets",
        connectionType: "INTERNET",
        cacheNamespace: resources["/pets"]?.id,
        integrationResponses: {
          "200": {
            statusCode: "200",
            responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'" },
          },
        },
      },
    });
    expect(resources["/pets/{petId}"]?.resourceMethods?.GET?.methodIntegration?.integrationResponses).toEqual(
      {
        "200": {
          statusCode: "200",
          responseTemplates: { "application/json": '{"id": "$input.params(\'petId\')"}' },
        },
        "400": { statusCode: "400", selectionPattern: "4\\d{2}" },
      },
    );
    expect(resources["/files/{proxy+}"]?.resourceMethods?.ANY?.methodIntegration).toMatchObject({
      type: "HTTP_PROXY",
      httpMethod: "ANY",
    });
  });

  it("creates only the definition's models, with references in AWS's model URL form", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: body(PETSTORE_OAS30) });
    const models = cp.getModels({ restApiId: api.id }).items;
    expect(models.map((model) => model.name)).toEqual(["NewPet", "Pet", "Pets"]);
    expect(JSON.parse(models.find((model) => model.name === "Pets")?.schema ?? "")).toEqual({
      type: "array",
      items: { $ref: `https://apigateway.amazonaws.com/restapis/${api.id}/models/Pet` },
    });
  });

  it("creates the validators, authorizers and gateway responses the methods refer to", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: body(PETSTORE_OAS30) });
    const validator = cp.getRequestValidators({ restApiId: api.id }).items[0];
    expect(validator).toMatchObject({
      name: "body-only",
      validateRequestBody: true,
      validateRequestParameters: false,
    });
    const pets = cp
      .getResources({ restApiId: api.id, embed: ["methods"] })
      .items.find((r) => r.path === "/pets");
    expect(pets?.resourceMethods?.POST).toMatchObject({
      requestValidatorId: validator?.id,
      requestModels: { "application/json": "NewPet" },
    });
    expect(cp.getAuthorizers({ restApiId: api.id }).items).toMatchObject([
      {
        name: "PetAuth",
        type: "TOKEN",
        identitySource: "method.request.header.Authorization",
        authorizerResultTtlInSeconds: 60,
      },
    ]);
    expect(cp.getGatewayResponse({ restApiId: api.id, responseType: "DEFAULT_4XX" })).toMatchObject({
      statusCode: "400",
      defaultResponse: false,
      responseTemplates: { "application/json": '{"error": $context.error.messageString}' },
    });
  });

  it("imports a Swagger 2.0 YAML definition", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: PETSTORE_SWAGGER_YAML });
    const pets = cp
      .getResources({ restApiId: api.id, embed: ["methods"] })
      .items.find((r) => r.path === "/pets");
    expect(pets?.resourceMethods?.POST).toMatchObject({
      operationName: "AddPet",
      requestModels: { "application/json": "Pet" },
      methodResponses: { "201": { responseParameters: { "method.response.header.Location": false } } },
    });
    expect(cp.getModel({ restApiId: api.id, modelName: "Pet" }).description).toBe("A pet");
  });

  it("takes the endpoint type from the endpointConfigurationTypes parameter", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({
      body: body(oas30({})),
      parameters: { endpointConfigurationTypes: "REGIONAL" },
    });
    expect(api.endpointConfiguration.types).toEqual(["REGIONAL"]);
  });

  it("prepends the base path with basepath=prepend, creating the intermediate resources", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: PETSTORE_SWAGGER_YAML, parameters: { basepath: "prepend" } });
    const paths = cp
      .getResources({ restApiId: api.id })
      .items.map((r) => r.path)
      .sort();
    expect(paths).toEqual(["/", "/v1", "/v1/api", "/v1/api/pets"]);
  });
});

describe("ImportRestApi warnings and errors", () => {
  const withWarning = oas30({
    "/pets": {
      get: {
        requestBody: {
          content: { "application/json": { schema: { $ref: "#/components/schemas/Missing" } } },
        },
        responses: {},
        "x-amazon-apigateway-integration": mockIntegration(),
      },
    },
  });

  it("returns the warnings with the API, the reference left out", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: body(withWarning) });
    expect(api.warnings).toEqual([
      "paths.'/pets'(get): request model 'Missing' for application/json is not defined; ignored",
    ]);
    const pets = cp
      .getResources({ restApiId: api.id, embed: ["methods"] })
      .items.find((r) => r.path === "/pets");
    expect(pets?.resourceMethods?.GET).not.toHaveProperty("requestModels");
  });

  it("fails with failonwarnings=true and leaves no API behind", () => {
    const { cp } = createTestControlPlane();
    const error = catchAwsError(() => cp.importRestApi({ body: body(withWarning), failOnWarnings: true }));
    expect(error.name).toBe("BadRequestException");
    expect(error.message).toBe(
      "Warnings found during import:\n\tpaths.'/pets'(get): request model 'Missing' for application/json is not defined; ignored",
    );
    expect(cp.getRestApis({}).items).toEqual([]);
  });

  it("reports the failing control-plane call as AWS does and leaves no API behind", () => {
    const { cp } = createTestControlPlane();
    const invalid = oas30({
      "/": {
        get: {
          responses: {},
          "x-amazon-apigateway-integration": {
            type: "http",
            httpMethod: "GET",
            uri: "http://example.com",
            requestParameters: {
              "integration.request.header.Authorization": "method.request.header.Authorization",
            },
          },
        },
      },
    });
    const error = catchAwsError(() => cp.importRestApi({ body: body(invalid) }));
    expect(error.name).toBe("BadRequestException");
    expect(error.message).toBe(
      "Errors found during import:\n\tUnable to put integration on 'GET' for resource at path '/': Invalid mapping expression specified: Validation Result: warnings : [], errors : [Invalid mapping expression parameter specified: method.request.header.Authorization]",
    );
    expect(cp.getRestApis({}).items).toEqual([]);
  });

  it("refuses a model name that is not alphanumeric, in AWS's words", () => {
    const { cp } = createTestControlPlane();
    const error = catchAwsError(() =>
      cp.importRestApi({
        body: body(oas30({}, { components: { schemas: { body_1: { type: "object" } } } })),
      }),
    );
    expect(error.message).toBe(
      "Errors found during import:\n\tUnable to create model for 'body_1': Model name must be alphanumeric: body_1",
    );
  });

  it("refuses an unknown gateway response type and a definition without a title", () => {
    const { cp } = createTestControlPlane();
    const badType = oas30({}, { "x-amazon-apigateway-gateway-responses": { NOPE: { statusCode: "400" } } });
    expect(catchAwsError(() => cp.importRestApi({ body: body(badType) })).message).toMatch(
      /^Errors found during import:\n\tUnable to put gateway response 'NOPE': 1 validation error detected: Value 'NOPE' at 'responseType'/,
    );
    const untitled = { openapi: "3.0.1", info: {}, paths: {} };
    expect(catchAwsError(() => cp.importRestApi({ body: body(untitled) })).message).toBe(
      "Invalid REST API name specified",
    );
    expect(cp.getRestApis({}).items).toEqual([]);
  });

  it("refuses a document that is not a definition, before creating anything", () => {
    const { cp } = createTestControlPlane();
    const error = catchAwsError(() => cp.importRestApi({ body: '{"hello": "world"}' }));
    expect(error.message).toBe(
      'Invalid OpenAPI input. The document is neither Swagger 2.0 nor OpenAPI 3.0: it has no "swagger" or "openapi" field',
    );
    expect(cp.getRestApis({}).items).toEqual([]);
  });
});
