import { parse as parseYaml } from "yaml";
import { describe, expect, it } from "vitest";
import type { ControlPlane, Method, Resource } from "@/lib/gateway/control";
import { PETSTORE_OAS30, PETSTORE_SWAGGER_YAML, catchAwsError, createTestControlPlane } from "./fixture";

function deployPetstore(): { cp: ControlPlane; restApiId: string } {
  const { cp } = createTestControlPlane();
  const api = cp.importRestApi({ body: JSON.stringify(PETSTORE_OAS30) });
  cp.createDeployment({ restApiId: api.id, stageName: "dev" });
  return { cp, restApiId: api.id };
}

function exportJson(cp: ControlPlane, restApiId: string, exportType: string, extensions?: string) {
  const output = cp.getExport({
    restApiId,
    stageName: "dev",
    exportType,
    ...(extensions !== undefined && { parameters: { extensions } }),
  });
  return JSON.parse(output.body) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * What a round trip must keep: per path, each method with its settings, responses and integration,
 * ids replaced by the names they point to (ids differ between APIs).
 */
function toComparable(cp: ControlPlane, restApiId: string) {
  const authorizers = cp.getAuthorizers({ restApiId }).items;
  const validators = cp.getRequestValidators({ restApiId }).items;
  const resources = cp.getResources({ restApiId, embed: ["methods"] }).items;
  const methods = (resource: Resource) =>
    Object.values(resource.resourceMethods ?? {}).map((method: Method) => {
      const { authorizerId, requestValidatorId, methodIntegration, ...rest } = method;
      const { cacheNamespace, ...integration } =
        methodIntegration ?? ({} as NonNullable<Method["methodIntegration"]>);
      return {
        ...rest,
        authorizer: authorizers.find((a) => a.id === authorizerId)?.name,
        validator: validators.find((v) => v.id === requestValidatorId)?.name,
        integration,
        ownCacheNamespace: cacheNamespace === resource.id,
      };
    });
  return Object.fromEntries(resources.map((resource) => [resource.path, methods(resource)]).sort());
}

describe("GetExport", () => {
  it("exports OpenAPI 3.0.1 with the stage as the servers' basePath variable", () => {
    const { cp, restApiId } = deployPetstore();
    const document = exportJson(cp, restApiId, "oas30");
    expect(document.openapi).toBe("3.0.1");
    expect(document.info).toEqual({ title: "PetStore", description: "Pets for sale", version: "2.1" });
    expect(document.servers).toEqual([
      {
        url: `https://${restApiId}.execute-api.us-east-1.amazonaws.com/{basePath}`,
        variables: { basePath: { default: "dev" } },
      },
    ]);
    expect(Object.keys(document.paths)).toEqual(["/", "/files", "/files/{proxy+}", "/pets", "/pets/{petId}"]);
    expect(document.paths["/pets"].get).toEqual({
      operationId: "ListPets",
      parameters: [
        { name: "type", in: "query", required: false, schema: { type: "string" } },
        { name: "page", in: "query", required: true, schema: { type: "string" } },
      ],
      responses: {
        "200": {
          description: "200 response",
          headers: { "Access-Control-Allow-Origin": { schema: { type: "string" } } },
          content: { "application/json": { schema: { $ref: "#/components/schemas/Pets" } } },
        },
      },
      security: [{ PetAuth: [], api_key: [] }],
    });
    expect(document.components.schemas.Pets).toEqual({
      type: "array",
      items: { $ref: "#/components/schemas/Pet" },
    });
    expect(document.components.securitySchemes.api_key).toEqual({
      type: "apiKey",
      name: "x-api-key",
      in: "header",
    });
  });

  it("writes no API Gateway extension unless asked", () => {
    const { cp, restApiId } = deployPetstore();
    const text = cp.getExport({ restApiId, stageName: "dev", exportType: "oas30" }).body;
    expect(text).not.toContain("x-amazon-apigateway-integration");
    expect(text).not.toContain("x-amazon-apigateway-authorizer");
    expect(text).not.toContain("x-amazon-apigateway-request-validator");
  });

  it("writes x-amazon-apigateway-integration with extensions=integrations", () => {
    const { cp, restApiId } = deployPetstore();
    const document = exportJson(cp, restApiId, "oas30", "integrations");
    expect(document.paths["/pets/{petId}"].get["x-amazon-apigateway-integration"]).toEqual({
      type: "mock",
      requestTemplates: { "application/json": '{"statusCode": 200}' },
      passthroughBehavior: "when_no_match",
      timeoutInMillis: 29000,
      cacheKeyParameters: [],
      responses: {
        default: {
          statusCode: "200",
          responseTemplates: { "application/json": '{"id": "$input.params(\'petId\')"}' },
        },
        "4\\d{2}": { statusCode: "400" },
      },
    });
    expect(document.components.securitySchemes.PetAuth).not.toHaveProperty("x-amazon-apigateway-authorizer");
  });

  it("writes x-amazon-apigateway-authorizer with extensions=authorizers", () => {
    const { cp, restApiId } = deployPetstore();
    const document = exportJson(cp, restApiId, "oas30", "authorizers");
    expect(document.components.securitySchemes.PetAuth).toEqual({
      type: "apiKey",
      name: "Authorization",
      in: "header",
      "x-amazon-apigateway-authtype": "custom",
      "x-amazon-apigateway-authorizer": {
        type: "token",
        authorizerUri:
          PETSTORE_OAS30.components.securitySchemes.PetAuth["x-amazon-apigateway-authorizer"].authorizerUri,
        authorizerResultTtlInSeconds: 60,
      },
    });
  });

  it("writes the API-level extensions with extensions=apigateway", () => {
    const { cp, restApiId } = deployPetstore();
    const document = exportJson(cp, restApiId, "oas30", "apigateway");
    expect(document["x-amazon-apigateway-binary-media-types"]).toEqual(["image/png"]);
    expect(document["x-amazon-apigateway-minimum-compression-size"]).toBe(1024);
    expect(document["x-amazon-apigateway-request-validators"]).toEqual({
      "body-only": { validateRequestBody: true, validateRequestParameters: false },
    });
    expect(Object.keys(document["x-amazon-apigateway-gateway-responses"])).toEqual(["DEFAULT_4XX"]);
    expect(document.paths["/pets"].post["x-amazon-apigateway-request-validator"]).toBe("body-only");
  });

  it("exports Swagger 2.0 with host, basePath, body parameters and definitions", () => {
    const { cp, restApiId } = deployPetstore();
    const document = exportJson(cp, restApiId, "swagger");
    expect(document).toMatchObject({
      swagger: "2.0",
      host: `${restApiId}.execute-api.us-east-1.amazonaws.com`,
      basePath: "/dev",
      schemes: ["https"],
    });
    expect(document.paths["/pets"].post).toMatchObject({
      consumes: ["application/json"],
      parameters: [{ in: "body", name: "NewPet", required: true, schema: { $ref: "#/definitions/NewPet" } }],
    });
    expect(document.definitions.Pets).toEqual({ type: "array", items: { $ref: "#/definitions/Pet" } });
  });

  it("answers YAML for Accept: application/yaml, with its Content-Type and Content-Disposition", () => {
    const { cp, restApiId } = deployPetstore();
    const output = cp.getExport({
      restApiId,
      stageName: "dev",
      exportType: "oas30",
      accepts: "application/yaml",
    });
    expect(output.contentType).toBe("application/yaml");
    expect(output.contentDisposition).toBe('attachment; filename="oas30_2026-01-01T00:00:00Z.yaml"');
    expect(parseYaml(output.body)).toEqual(exportJson(cp, restApiId, "oas30"));
    const json = cp.getExport({ restApiId, stageName: "dev", exportType: "swagger", accepts: "*/*" });
    expect([json.contentType, json.contentDisposition]).toEqual([
      "application/json",
      'attachment; filename="swagger_2026-01-01T00:00:00Z.json"',
    ]);
  });

  it("exports what the stage serves, not later changes", () => {
    const { cp, restApiId } = deployPetstore();
    cp.putRestApi({
      restApiId,
      mode: "overwrite",
      body: JSON.stringify({ openapi: "3.0.1", info: { title: "x" }, paths: {} }),
    });
    expect(Object.keys(exportJson(cp, restApiId, "oas30").paths)).toHaveLength(5);
  });

  it("refuses an unknown stage, export type or Accept type", () => {
    const { cp, restApiId } = deployPetstore();
    expect(
      catchAwsError(() => cp.getExport({ restApiId, stageName: "prod", exportType: "oas30" })).message,
    ).toBe("Invalid Stage identifier specified");
    expect(
      catchAwsError(() => cp.getExport({ restApiId, stageName: "dev", exportType: "postman" })).message,
    ).toBe("Invalid export type specified: postman. Valid options are oas30,swagger");
    expect(
      catchAwsError(() =>
        cp.getExport({ restApiId, stageName: "dev", exportType: "oas30", accepts: "text/xml" }),
      ).message,
    ).toBe("Invalid accept type specified: text/xml. Valid options are application/json,application/yaml");
  });
});

describe("import, deploy, export, import again", () => {
  for (const exportType of ["oas30", "swagger"]) {
    it(`rebuilds the same resources, methods and integrations through ${exportType}`, () => {
      const { cp, restApiId } = deployPetstore();
      const exported = cp.getExport({
        restApiId,
        stageName: "dev",
        exportType,
        parameters: { extensions: "apigateway" },
      });
      const copy = cp.importRestApi({ body: exported.body, failOnWarnings: true });
      expect(toComparable(cp, copy.id)).toEqual(toComparable(cp, restApiId));
      expect(cp.getAuthorizers({ restApiId: copy.id }).items.map(({ id: _id, ...rest }) => rest)).toEqual(
        cp.getAuthorizers({ restApiId }).items.map(({ id: _id, ...rest }) => rest),
      );
      const models = (id: string) =>
        cp.getModels({ restApiId: id }).items.map((m) => [m.name, m.schema?.replaceAll(id, "ID")]);
      expect(models(copy.id)).toEqual(models(restApiId));
    });
  }

  it("round-trips a Swagger 2.0 YAML import the same way", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: PETSTORE_SWAGGER_YAML });
    cp.createDeployment({ restApiId: api.id, stageName: "dev" });
    const exported = cp.getExport({
      restApiId: api.id,
      stageName: "dev",
      exportType: "oas30",
      accepts: "application/yaml",
      parameters: { extensions: "apigateway" },
    });
    const copy = cp.importRestApi({ body: exported.body, failOnWarnings: true });
    expect(toComparable(cp, copy.id)).toEqual(toComparable(cp, api.id));
  });
});
