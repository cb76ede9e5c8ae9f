import { expect } from "vitest";
import { ApiGatewayError, createControlPlane, type ControlPlane } from "@/lib/gateway/control";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

export const ACCOUNT_ID = "111111111111";

/** A control plane on a virtual clock (2026-01-01T00:00:00Z) and seeded randomness. */
export function createTestControlPlane(seed = 7): { cp: ControlPlane; clock: VirtualClock } {
  const clock = new VirtualClock();
  const cp = createControlPlane({
    clock,
    random: new SeededRandom(seed),
    accountId: ACCOUNT_ID,
    region: "us-east-1",
  });
  return { cp, clock };
}

/** The AWS exception `run` throws (fails the test when it throws nothing or something else). */
export function catchAwsError(run: () => unknown): ApiGatewayError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ApiGatewayError);
    return error as ApiGatewayError;
  }
  throw new Error("expected an AWS exception, nothing was thrown");
}

/** A minimal OpenAPI 3.0 document around `paths` and extra root fields. */
export function oas30(
  paths: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return { openapi: "3.0.1", info: { title: "pets", version: "1.0" }, paths, ...extra };
}

/** A MOCK integration answering 200 with `body`. */
export function mockIntegration(body = '{"ok": true}'): Record<string, unknown> {
  return {
    type: "mock",
    requestTemplates: { "application/json": '{"statusCode": 200}' },
    responses: { default: { statusCode: "200", responseTemplates: { "application/json": body } } },
  };
}

/**
 * The pet store in OpenAPI 3.0 with most extensions: models with references, a TOKEN authorizer, an
 * API key, validators, gateway responses, a greedy proxy and an ANY method.
 */
export const PETSTORE_OAS30 = {
  openapi: "3.0.1",
  info: { title: "PetStore", description: "Pets for sale", version: "2.1" },
  paths: {
    "/": {
      get: {
        responses: { "200": { description: "ok" } },
        "x-amazon-apigateway-integration": mockIntegration("home"),
      },
    },
    "/pets": {
      get: {
        operationId: "ListPets",
        parameters: [
          { name: "type", in: "query", schema: { type: "string" } },
          { name: "page", in: "query", required: true, schema: { type: "string" } },
        ],
        security: [{ PetAuth: [] }, { api_key: [] }],
        responses: {
          "200": {
            description: "ok",
            headers: { "Access-Control-Allow-Origin": { schema: { type: "string" } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Pets" } } },
          },
        },
        "x-amazon-apigateway-integration": {
          type: "http",
          httpMethod: "GET",
          uri: "http://petstore.example.com/pets",
          passthroughBehavior: "when_no_match",
          requestParameters: { "integration.request.querystring.type": "method.request.querystring.type" },
          responses: {
            default: {
              statusCode: "200",
              responseParameters: { "method.response.header.Access-Control-Allow-Origin": "'*'" },
            },
          },
        },
      },
      post: {
        operationId: "CreatePet",
        "x-amazon-apigateway-request-validator": "body-only",
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/NewPet" } } } },
        responses: { "200": { description: "ok" }, "400": { description: "bad" } },
        "x-amazon-apigateway-integration": {
          type: "aws_proxy",
          httpMethod: "POST",
          uri: "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:pets/invocations",
          timeoutInMillis: 5000,
        },
      },
    },
    "/pets/{petId}": {
      get: {
        responses: { "200": { description: "ok" } },
        "x-amazon-apigateway-integration": {
          type: "mock",
          requestTemplates: { "application/json": '{"statusCode": 200}' },
          responses: {
            default: {
              statusCode: "200",
              responseTemplates: { "application/json": '{"id": "$input.params(\'petId\')"}' },
            },
            "4\\d{2}": { statusCode: "400" },
          },
        },
      },
    },
    "/files/{proxy+}": {
      "x-amazon-apigateway-any-method": {
        parameters: [{ name: "proxy", in: "path", required: true, schema: { type: "string" } }],
        responses: {},
        "x-amazon-apigateway-integration": {
          type: "http_proxy",
          httpMethod: "ANY",
          uri: "http://files.example.com/{proxy}",
          requestParameters: { "integration.request.path.proxy": "method.request.path.proxy" },
        },
      },
    },
  },
  components: {
    schemas: {
      Pet: { type: "object", properties: { id: { type: "integer" }, type: { type: "string" } } },
      NewPet: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
      Pets: { type: "array", items: { $ref: "#/components/schemas/Pet" } },
    },
    securitySchemes: {
      api_key: { type: "apiKey", name: "x-api-key", in: "header" },
      PetAuth: {
        type: "apiKey",
        name: "Authorization",
        in: "header",
        "x-amazon-apigateway-authtype": "custom",
        "x-amazon-apigateway-authorizer": {
          type: "token",
          authorizerUri:
            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations",
          authorizerResultTtlInSeconds: 60,
        },
      },
    },
  },
  "x-amazon-apigateway-request-validators": {
    "body-only": { validateRequestBody: true, validateRequestParameters: false },
  },
  "x-amazon-apigateway-gateway-responses": {
    DEFAULT_4XX: {
      statusCode: "400",
      responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
      responseTemplates: { "application/json": '{"error": $context.error.messageString}' },
    },
  },
  "x-amazon-apigateway-binary-media-types": ["image/png"],
  "x-amazon-apigateway-api-key-source": "header",
  "x-amazon-apigateway-minimum-compression-size": 1024,
};

/** A Swagger 2.0 document in YAML: body parameter, consumes/produces, basePath. */
export const PETSTORE_SWAGGER_YAML = `swagger: "2.0"
info:
  title: Swagger pets
  version: "1.0"
basePath: /v1/api
consumes:
  - application/json
produces:
  - application/json
paths:
  /pets:
    post:
      operationId: AddPet
      parameters:
        - in: body
          name: pet
          required: true
          schema:
            $ref: "#/definitions/Pet"
        - name: X-Trace
          in: header
          required: false
          type: string
      responses:
        "201":
          description: created
          schema:
            $ref: "#/definitions/Pet"
          headers:
            Location:
              type: string
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 201}'
        responses:
          default:
            statusCode: 201
definitions:
  Pet:
    type: object
    description: A pet
    properties:
      name:
        type: string
      owner:
        $ref: "#/definitions/Owner"
  Owner:
    type: object
`;
