import { describe, expect, it } from "vitest";
import type { ControlPlane, Resource } from "@/lib/gateway/control";
import { catchAwsError, createTestControlPlane, mockIntegration, oas30 } from "./fixture";

const body = (document: unknown) => JSON.stringify(document);

const ORIGINAL = oas30(
  {
    "/a": {
      get: {
        responses: { "200": {}, "206": {} },
        "x-amazon-apigateway-integration": mockIntegration("a-get"),
      },
      post: {
        responses: { "200": {}, "206": {} },
        "x-amazon-apigateway-integration": mockIntegration("a-post"),
      },
    },
    "/old": { get: { responses: {}, "x-amazon-apigateway-integration": mockIntegration("old") } },
  },
  {
    info: { title: "original", description: "first", version: "1" },
    "x-amazon-apigateway-binary-media-types": ["image/png"],
    "x-amazon-apigateway-request-validators": {
      all: { validateRequestBody: true, validateRequestParameters: true },
    },
    components: { schemas: { Thing: { type: "object" } } },
  },
);

/** The docs' example: B has GET /a and POST /a returning 200 and 206; A has GET /a returning 200 and 400. */
const UPDATE = oas30(
  {
    "/a": {
      get: {
        responses: { "200": {}, "400": {} },
        "x-amazon-apigateway-integration": mockIntegration("a-get-v2"),
      },
    },
    "/new": { get: { responses: {}, "x-amazon-apigateway-integration": mockIntegration("new") } },
  },
  { info: { title: "updated", version: "2" } },
);

function setUp(): { cp: ControlPlane; restApiId: string } {
  const { cp } = createTestControlPlane();
  const api = cp.importRestApi({
    body: body(ORIGINAL),
    parameters: { endpointConfigurationTypes: "REGIONAL" },
  });
  cp.createDeployment({ restApiId: api.id, stageName: "dev" });
  return { cp, restApiId: api.id };
}

function methodsOf(cp: ControlPlane, restApiId: string): Record<string, string[]> {
  const resources = cp.getResources({ restApiId, embed: ["methods"] }).items;
  return Object.fromEntries(
    resources.map((r: Resource) => [r.path, Object.keys(r.resourceMethods ?? {}).sort()]).sort(),
  );
}

function statusesOf(cp: ControlPlane, restApiId: string, path: string, httpMethod: string): string[] {
  const resource = cp.getResources({ restApiId }).items.find((r) => r.path === path) as Resource;
  return Object.keys(cp.getMethod({ restApiId, resourceId: resource.id, httpMethod }).methodResponses ?? {});
}

describe("PutRestApi mode=merge (the default)", () => {
  it("keeps what the definition does not name and replaces the methods it does", () => {
    const { cp, restApiId } = setUp();
    const api = cp.putRestApi({ restApiId, body: body(UPDATE) });
    expect(api).toMatchObject({ id: restApiId, name: "updated", description: "first", version: "2" });
    expect(methodsOf(cp, restApiId)).toEqual({
      "/": [],
      "/a": ["GET", "POST"],
      "/new": ["GET"],
      "/old": ["GET"],
    });
    expect(statusesOf(cp, restApiId, "/a", "GET")).toEqual(["200", "400"]);
    expect(statusesOf(cp, restApiId, "/a", "POST")).toEqual(["200", "206"]);
    expect(cp.getModels({ restApiId }).items.map((m) => m.name)).toEqual(["Thing"]);
    expect(cp.getRestApi({ restApiId }).binaryMediaTypes).toEqual(["image/png"]);
  });

  it("updates a model and a validator of the same name instead of failing", () => {
    const { cp, restApiId } = setUp();
    const before = cp.getRequestValidators({ restApiId }).items[0];
    cp.putRestApi({
      restApiId,
      mode: "merge",
      body: body(
        oas30(
          {},
          {
            components: { schemas: { Thing: { type: "string" } } },
            "x-amazon-apigateway-request-validators": { all: { validateRequestBody: false } },
          },
        ),
      ),
    });
    expect(cp.getModel({ restApiId, modelName: "Thing" }).schema).toBe('{"type":"string"}');
    expect(cp.getRequestValidators({ restApiId }).items).toEqual([
      { id: before?.id, name: "all", validateRequestBody: false, validateRequestParameters: false },
    ]);
  });
});

describe("PutRestApi mode=overwrite", () => {
  it("replaces the definition: other resources, models and validators go, same paths keep their ids", () => {
    const { cp, restApiId } = setUp();
    const idOfA = cp.getResources({ restApiId }).items.find((r) => r.path === "/a")?.id;
    cp.putRestApi({ restApiId, mode: "overwrite", body: body(UPDATE) });
    expect(methodsOf(cp, restApiId)).toEqual({ "/": [], "/a": ["GET"], "/new": ["GET"] });
    expect(cp.getResources({ restApiId }).items.find((r) => r.path === "/a")?.id).toBe(idOfA);
    expect(cp.getModels({ restApiId }).items).toEqual([]);
    expect(cp.getRequestValidators({ restApiId }).items).toEqual([]);
  });

  it("resets the API settings the definition leaves out but keeps the endpoint configuration", () => {
    const { cp, restApiId } = setUp();
    const api = cp.putRestApi({ restApiId, mode: "overwrite", body: body(UPDATE) });
    expect(api).toMatchObject({ name: "updated", version: "2", apiKeySource: "HEADER" });
    expect(api).not.toHaveProperty("description");
    expect(api).not.toHaveProperty("binaryMediaTypes");
    expect(api.endpointConfiguration.types).toEqual(["REGIONAL"]);
  });

  it("leaves deployments and stages serving what they served", () => {
    const { cp, restApiId } = setUp();
    const before = cp.getStageDeploymentOrThrow(restApiId, "dev");
    cp.putRestApi({ restApiId, mode: "overwrite", body: body(UPDATE) });
    const after = cp.getStageDeploymentOrThrow(restApiId, "dev");
    expect(after.deploymentId).toBe(before.deploymentId);
    expect(after.snapshot.resources.map((r) => r.path).sort()).toEqual(["/", "/a", "/old"]);
  });
});

describe("PutRestApi failures", () => {
  it("changes nothing when a step fails", () => {
    const { cp, restApiId } = setUp();
    const before = cp.exportState();
    const failing = oas30(
      {
        "/z": {
          get: {
            responses: {},
            "x-amazon-apigateway-integration": { type: "http", uri: "not-a-url", httpMethod: "GET" },
          },
        },
      },
      { info: { title: "renamed" } },
    );
    const error = catchAwsError(() => cp.putRestApi({ restApiId, mode: "overwrite", body: body(failing) }));
    expect(error.message).toBe(
      "Errors found during import:\n\tUnable to put integration on 'GET' for resource at path '/z': Invalid HTTP endpoint specified for URI",
    );
    expect(cp.exportState()).toEqual(before);
  });

  it("changes nothing when failonwarnings=true meets a warning", () => {
    const { cp, restApiId } = setUp();
    const before = cp.exportState();
    const warned = oas30({ "/": { get: { parameters: [{ name: "c", in: "cookie" }] } } });
    const error = catchAwsError(() => cp.putRestApi({ restApiId, body: body(warned), failOnWarnings: true }));
    expect(error.message).toBe(
      "Warnings found during import:\n\tpaths.'/'(get).parameters.c: parameters in cookie are not supported; ignored",
    );
    expect(cp.exportState()).toEqual(before);
  });

  it("refuses an unknown mode with a ValidationException and an unknown API with NotFoundException", () => {
    const { cp, restApiId } = setUp();
    const invalidMode = catchAwsError(() =>
      cp.putRestApi({ restApiId, mode: "replace", body: body(UPDATE) }),
    );
    expect(invalidMode.name).toBe("ValidationException");
    expect(invalidMode.message).toBe(
      "1 validation error detected: Value 'replace' at 'mode' failed to satisfy constraint: Member must satisfy enum value set: [merge, overwrite]",
    );
    const unknown = catchAwsError(() => cp.putRestApi({ restApiId: "nosuchapi1", body: body(UPDATE) }));
    expect(unknown.name).toBe("NotFoundException");
    expect(unknown.message).toBe("Invalid API identifier specified 111111111111:nosuchapi1");
  });
});
