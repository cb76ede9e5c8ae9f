import { describe, expect, it } from "vitest";
import { parseDefinitionDocument, toImportPlan, type PlannedMethod } from "@/lib/gateway/openapi";
import { PETSTORE_OAS30, PETSTORE_SWAGGER_YAML, mockIntegration, oas30 } from "./fixture";

function methodOf(methods: PlannedMethod[], path: string, httpMethod: string): PlannedMethod {
  const method = methods.find((m) => m.path === path && m.httpMethod === httpMethod);
  if (!method) throw new Error(`no ${httpMethod} ${path} in the plan`);
  return method;
}

describe("toImportPlan: paths, methods and parameters", () => {
  const plan = toImportPlan(PETSTORE_OAS30);

  it("lists every resource path, parents before children, intermediate ones included", () => {
    expect(plan.resourcePaths).toEqual(["/pets", "/pets/{petId}", "/files", "/files/{proxy+}"]);
  });

  it("turns each operation into a method, x-amazon-apigateway-any-method into ANY", () => {
    expect(plan.methods.map((m) => `${m.httpMethod} ${m.path}`)).toEqual([
      "GET /",
      "GET /pets",
      "POST /pets",
      "GET /pets/{petId}",
      "ANY /files/{proxy+}",
    ]);
  });

  it("maps query parameters to method.request.querystring with their required flag", () => {
    const list = methodOf(plan.methods, "/pets", "GET");
    expect(list.operationName).toBe("ListPets");
    expect(list.requestParameters).toEqual({
      "method.request.querystring.type": false,
      "method.request.querystring.page": true,
    });
  });

  it("declares every non-greedy path variable as a required path parameter", () => {
    expect(methodOf(plan.methods, "/pets/{petId}", "GET").requestParameters).toEqual({
      "method.request.path.petId": true,
    });
    expect(methodOf(plan.methods, "/files/{proxy+}", "ANY").requestParameters).toEqual({
      "method.request.path.proxy": true,
    });
  });

  it("names the request model by content type from an OpenAPI 3.0 requestBody $ref", () => {
    const create = methodOf(plan.methods, "/pets", "POST");
    expect(create.requestModels).toEqual({ "application/json": "NewPet" });
    expect(create.requestValidatorName).toBe("body-only");
  });

  it("turns responses into method responses with header parameters and models", () => {
    expect(methodOf(plan.methods, "/pets", "GET").methodResponses).toEqual([
      {
        statusCode: "200",
        responseParameters: { "method.response.header.Access-Control-Allow-Origin": false },
        responseModels: { "application/json": "Pets" },
      },
    ]);
    expect(methodOf(plan.methods, "/pets", "POST").methodResponses).toEqual([
      { statusCode: "200" },
      { statusCode: "400" },
    ]);
  });

  it("has no warnings for a definition it fully understands", () => {
    expect(plan.warnings).toEqual([]);
  });
});

describe("toImportPlan: Swagger 2.0", () => {
  const plan = toImportPlan(parseDefinitionDocument(PETSTORE_SWAGGER_YAML));

  it("takes the body parameter's model for each consumed content type, and headers as parameters", () => {
    const add = methodOf(plan.methods, "/pets", "POST");
    expect(add.requestModels).toEqual({ "application/json": "Pet" });
    expect(add.requestParameters).toEqual({ "method.request.header.X-Trace": false });
  });

  it("takes a response's schema for each produced content type, and a numeric status code as text", () => {
    const add = methodOf(plan.methods, "/pets", "POST");
    expect(add.methodResponses).toEqual([
      {
        statusCode: "201",
        responseParameters: { "method.response.header.Location": false },
        responseModels: { "application/json": "Pet" },
      },
    ]);
    expect(add.integrationResponses).toEqual([{ statusCode: "201" }]);
  });

  it("reads definitions as models with their description", () => {
    expect(plan.models.map(({ name, description }) => ({ name, description }))).toEqual([
      { name: "Pet", description: "A pet" },
      { name: "Owner", description: undefined },
    ]);
  });

  it("ignores the base path by default", () => {
    expect(plan.resourcePaths).toEqual(["/pets"]);
  });

  it("prepends the base path with basepath=prepend", () => {
    const prepended = toImportPlan(parseDefinitionDocument(PETSTORE_SWAGGER_YAML), { basePath: "prepend" });
    expect(prepended.resourcePaths).toEqual(["/v1", "/v1/api", "/v1/api/pets"]);
    expect(prepended.methods[0]?.path).toBe("/v1/api/pets");
  });
});

describe("toImportPlan: references and warnings", () => {
  it("follows $ref to shared parameters, request bodies and responses", () => {
    const plan = toImportPlan(
      oas30(
        {
          "/pets": {
            parameters: [{ $ref: "#/components/parameters/Limit" }],
            post: {
              requestBody: { $ref: "#/components/requestBodies/PetBody" },
              responses: { "404": { $ref: "#/components/responses/NotFound" } },
            },
          },
        },
        {
          components: {
            parameters: { Limit: { name: "limit", in: "query", required: true } },
            requestBodies: {
              PetBody: { content: { "application/xml": { schema: { $ref: "#/components/schemas/Pet" } } } },
            },
            responses: { NotFound: { description: "nope", headers: { "X-Reason": { required: true } } } },
            schemas: { Pet: { type: "object" } },
          },
        },
      ),
    );
    const post = plan.methods[0] as PlannedMethod;
    expect(post.requestParameters).toEqual({ "method.request.querystring.limit": true });
    expect(post.requestModels).toEqual({ "application/xml": "Pet" });
    expect(post.methodResponses).toEqual([
      { statusCode: "404", responseParameters: { "method.response.header.X-Reason": true } },
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("warns about what it cannot import: inline schemas, cookies, default responses, unknown refs", () => {
    const plan = toImportPlan(
      oas30({
        "/pets": {
          trace: {},
          get: {
            parameters: [{ name: "session", in: "cookie" }, { $ref: "#/components/parameters/Nope" }],
            requestBody: { content: { "application/json": { schema: { type: "object" } } } },
            responses: { default: { description: "error" } },
            "x-amazon-apigateway-integration": mockIntegration(),
          },
        },
      }),
    );
    expect(plan.warnings).toEqual([
      "paths.'/pets'.trace: not supported; ignored",
      "paths.'/pets'(get).parameters[1]: reference #/components/parameters/Nope not found; ignored",
      "paths.'/pets'(get).parameters.session: parameters in cookie are not supported; ignored",
      "paths.'/pets'(get).requestBody.content.application/json.schema: only a $ref to a model is imported; inline schema ignored",
      "paths.'/pets'(get).responses.default: only three-digit status codes become method responses; ignored",
    ]);
  });

  it("warns about API Gateway extensions it does not apply, at the root and on operations", () => {
    const plan = toImportPlan(
      oas30(
        { "/": { get: { "x-amazon-apigateway-cors": {}, "x-vendor": 1 } } },
        { "x-amazon-apigateway-documentation": { version: "1" }, "x-company": "ok" },
      ),
    );
    expect(plan.warnings).toEqual([
      "$.x-amazon-apigateway-documentation: extension not supported for REST APIs by this simulator; ignored",
      "paths.'/'(get).x-amazon-apigateway-cors: extension not supported for REST APIs by this simulator; ignored",
    ]);
  });

  it("refuses a field of the wrong type, naming where it is", () => {
    expect(() => toImportPlan(oas30({ "/pets": { get: "nope" } }))).toThrow(
      "Invalid OpenAPI input. paths.'/pets'(get): expected an object, got a string (\"nope\")",
    );
    expect(() => toImportPlan(oas30({ pets: {} }))).toThrow(
      "Invalid OpenAPI input. paths.'pets': a path must start with /",
    );
    expect(() => toImportPlan(oas30({ "/": { get: { parameters: {} } } }))).toThrow(
      "Invalid OpenAPI input. paths.'/'(get).parameters: expected a list, got an object",
    );
  });
});

describe("toImportPlan: API settings and definitions", () => {
  it("reads the title, description, version and the API-level extensions", () => {
    const plan = toImportPlan(
      oas30(
        {},
        {
          info: { title: "t", description: "d", version: 3 },
          "x-amazon-apigateway-api-key-source": "authorizer",
          "x-amazon-apigateway-binary-media-types": ["image/png", "*/*"],
          "x-amazon-apigateway-minimum-compression-size": "2048",
          "x-amazon-apigateway-policy": { Version: "2012-10-17", Statement: [] },
          "x-amazon-apigateway-endpoint-configuration": {
            vpcEndpointIds: ["vpce-1"],
            disableExecuteApiEndpoint: true,
          },
        },
      ),
    );
    expect(plan.settings).toEqual({
      name: "t",
      description: "d",
      version: "3",
      apiKeySource: "AUTHORIZER",
      binaryMediaTypes: ["image/png", "*/*"],
      minimumCompressionSize: 2048,
      policy: '{"Version":"2012-10-17","Statement":[]}',
      vpcEndpointIds: ["vpce-1"],
      disableExecuteApiEndpoint: true,
    });
  });

  it("refuses a minimum compression size that is not an integer", () => {
    expect(() => toImportPlan(oas30({}, { "x-amazon-apigateway-minimum-compression-size": 1.5 }))).toThrow(
      "Invalid OpenAPI input. $.x-amazon-apigateway-minimum-compression-size: expected an integer, got a number (1.5)",
    );
  });

  it("reads request validators, the default validator and gateway responses", () => {
    const plan = toImportPlan(
      oas30(
        { "/": { get: {} }, "/a": { get: { "x-amazon-apigateway-request-validator": "all" } } },
        {
          "x-amazon-apigateway-request-validators": {
            all: { validateRequestBody: true, validateRequestParameters: true },
            params: { validateRequestParameters: true },
          },
          "x-amazon-apigateway-request-validator": "params",
          "x-amazon-apigateway-gateway-responses": { MISSING_AUTHENTICATION_TOKEN: { statusCode: 404 } },
        },
      ),
    );
    expect(plan.requestValidators).toEqual([
      { name: "all", validateRequestBody: true, validateRequestParameters: true },
      { name: "params", validateRequestBody: false, validateRequestParameters: true },
    ]);
    expect(plan.methods.map((m) => m.requestValidatorName)).toEqual(["params", "all"]);
    expect(plan.gatewayResponses).toEqual([
      { responseType: "MISSING_AUTHENTICATION_TOKEN", statusCode: "404" },
    ]);
  });
});
