import { describe, expect, it } from "vitest";
import {
  findRestJsonRouteOrThrow,
  handleApiGatewayRequest,
  type RestJsonRequest,
} from "@/lib/gateway/aws-protocol";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { PETSTORE_SWAGGER_YAML, createTestControlPlane, mockIntegration, oas30 } from "./fixture";

function request(overrides: Partial<RestJsonRequest>): RestJsonRequest {
  return { method: "GET", path: "/", query: {}, headers: {}, body: null, ...overrides };
}

const SIMPLE = JSON.stringify(
  oas30({ "/": { get: { responses: { "200": {} }, "x-amazon-apigateway-integration": mockIntegration() } } }),
);

describe("the restJson1 routes of import, export and test invoke", () => {
  it("routes each new action to its operation", () => {
    const route = (method: string, path: string, query = {}) =>
      findRestJsonRouteOrThrow(method, path, query).route.action;
    expect(route("POST", "/restapis", { mode: "import" })).toBe("ImportRestApi");
    expect(route("POST", "/restapis")).toBe("CreateRestApi");
    expect(route("PUT", "/restapis/a1")).toBe("PutRestApi");
    expect(route("GET", "/restapis/a1/stages/dev/exports/oas30")).toBe("GetExport");
    expect(route("POST", "/restapis/a1/resources/r1/methods/GET")).toBe("TestInvokeMethod");
    expect(route("DELETE", "/restapis/a1/stages/dev/cache/data")).toBe("FlushStageCache");
    expect(route("DELETE", "/restapis/a1/stages/dev/cache/authorizers")).toBe("FlushStageAuthorizersCache");
  });

  it("imports the raw body with 201, the other query parameters as `parameters`", () => {
    const { cp } = createTestControlPlane();
    const response = handleApiGatewayRequest(
      cp,
      request({
        method: "POST",
        path: "/aws/apigateway/restapis",
        query: {
          mode: "import",
          failonwarnings: "true",
          endpointConfigurationTypes: "REGIONAL",
          "parameters[basepath]": "prepend",
        },
        body: PETSTORE_SWAGGER_YAML,
      }),
    );
    expect(response.statusCode).toBe(201);
    const api = JSON.parse(response.body);
    expect(api).toMatchObject({ name: "Swagger pets", endpointConfiguration: { types: ["REGIONAL"] } });
    const paths = cp
      .getResources({ restApiId: api.id })
      .items.map((r) => r.path)
      .sort();
    expect(paths).toEqual(["/", "/v1", "/v1/api", "/v1/api/pets"]);
  });

  it("answers an invalid definition with 400 BadRequestException", () => {
    const { cp } = createTestControlPlane();
    const response = handleApiGatewayRequest(
      cp,
      request({ method: "POST", path: "/restapis", query: { mode: "import" }, body: "openapi: [" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-ErrorType"]).toBe("BadRequestException");
    expect(JSON.parse(response.body).message).toMatch(
      /^Invalid OpenAPI input\. Invalid YAML at line 1, column/,
    );
  });

  it("puts a definition with 200 in the mode the query asks for", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: SIMPLE });
    const response = handleApiGatewayRequest(
      cp,
      request({
        method: "PUT",
        path: `/restapis/${api.id}`,
        query: { mode: "overwrite" },
        body: JSON.stringify(oas30({}, { info: { title: "emptied" } })),
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body).name).toBe("emptied");
    expect(cp.getResources({ restApiId: api.id, embed: ["methods"] }).items).toEqual([
      { id: api.rootResourceId, path: "/" },
    ]);
  });

  it("sends the export itself as the body, with Content-Type and Content-Disposition", () => {
    const { cp } = createTestControlPlane();
    const api = cp.importRestApi({ body: SIMPLE });
    cp.createDeployment({ restApiId: api.id, stageName: "dev" });
    const response = handleApiGatewayRequest(
      cp,
      request({
        path: `/restapis/${api.id}/stages/dev/exports/swagger`,
        query: { extensions: "integrations" },
        headers: { Accept: "application/yaml" },
      }),
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers).toEqual({
      "content-type": "application/yaml",
      "content-disposition": 'attachment; filename="swagger_2026-01-01T00:00:00Z.yaml"',
    });
    expect(response.body).toMatch(/^swagger: "2\.0"\ninfo:\n {2}title: pets\n/);
    expect(response.body).toContain("x-amazon-apigateway-integration:");
  });

  it("runs TestInvokeMethod asynchronously when given the sandbox", async () => {
    const sandbox = await createGatewaySandbox({
      clock: new VirtualClock(),
      random: new SeededRandom(2),
      withoutLambda: true,
    });
    const api = sandbox.controlPlane.importRestApi({ body: SIMPLE });
    const response = await handleApiGatewayRequest(
      sandbox.controlPlane,
      request({
        method: "POST",
        path: `/aws/apigateway/restapis/${api.id}/resources/${api.rootResourceId}/methods/GET`,
        body: JSON.stringify({ pathWithQueryString: "/", headers: { "X-Test": "1" } }),
      }),
      { sandbox },
    );
    expect(response.statusCode).toBe(200);
    const output = JSON.parse(response.body);
    expect(output).toMatchObject({
      status: 200,
      body: '{"ok": true}',
      headers: { "Content-Type": "application/json" },
      latency: 0,
    });
    expect(output.log).toContain('Method request headers: {"X-Test":"1"}');
  });

  it("answers TestInvokeMethod with UnknownOperationException when no sandbox is given", () => {
    const { cp } = createTestControlPlane();
    const response = handleApiGatewayRequest(
      cp,
      request({ method: "POST", path: "/restapis/a/resources/b/methods/GET" }),
    );
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-amzn-ErrorType"]).toBe("UnknownOperationException");
    expect(JSON.parse(response.body)).toEqual({ message: "TestInvokeMethod is not served by this endpoint" });
  });

  it("answers a TestInvokeMethod on an unknown method with 404 NotFoundException", async () => {
    const sandbox = await createGatewaySandbox({
      clock: new VirtualClock(),
      random: new SeededRandom(2),
      withoutLambda: true,
    });
    const api = sandbox.controlPlane.importRestApi({ body: SIMPLE });
    const response = await handleApiGatewayRequest(
      sandbox.controlPlane,
      request({
        method: "POST",
        path: `/restapis/${api.id}/resources/${api.rootResourceId}/methods/PUT`,
        body: "{}",
      }),
      { sandbox },
    );
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-amzn-ErrorType"]).toBe("NotFoundException");
    expect(JSON.parse(response.body)).toEqual({ message: "Invalid Method identifier specified" });
  });
});
