import { describe, expect, it, vi } from "vitest";
import { handleApiGatewayRequest, type RestJsonRequest } from "@/lib/gateway/aws-protocol";
import { createControlPlane, type ControlPlane } from "@/lib/gateway/control";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";

function newControlPlane(): ControlPlane {
  return createControlPlane({
    clock: new VirtualClock(),
    random: new SeededRandom(3),
    accountId: "111111111111",
    region: "us-east-1",
  });
}

function request(overrides: Partial<RestJsonRequest>): RestJsonRequest {
  return { method: "GET", path: "/", query: {}, headers: {}, body: null, ...overrides };
}

describe("handleApiGatewayRequest", () => {
  it("answers an unknown path with 404 UnknownOperationException", () => {
    const response = handleApiGatewayRequest(
      newControlPlane(),
      request({ path: "/aws/apigateway/nothing/here" }),
    );
    expect(response).toEqual({
      statusCode: 404,
      headers: { "content-type": "application/json", "x-amzn-ErrorType": "UnknownOperationException" },
      body: JSON.stringify({ message: "Unknown operation: GET /nothing/here" }),
    });
  });

  it("answers a known path with the wrong verb with 404 UnknownOperationException", () => {
    const response = handleApiGatewayRequest(
      newControlPlane(),
      request({ method: "PUT", path: "/restapis" }),
    );
    expect(response.statusCode).toBe(404);
    expect(response.headers["x-amzn-ErrorType"]).toBe("UnknownOperationException");
  });

  it("answers a body that is not JSON with 400 SerializationException", () => {
    const response = handleApiGatewayRequest(
      newControlPlane(),
      request({ method: "POST", path: "/restapis", body: "{name:" }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.headers["x-amzn-ErrorType"]).toBe("SerializationException");
    expect(JSON.parse(response.body)).toEqual({ message: "The request body is not valid JSON" });
  });

  it("answers a JSON array body with 400 SerializationException", () => {
    const response = handleApiGatewayRequest(
      newControlPlane(),
      request({ method: "POST", path: "/restapis", body: "[]" }),
    );
    expect(JSON.parse(response.body)).toEqual({ message: "The request body must be a JSON object" });
  });

  it("answers a non-integer limit with 400 SerializationException", () => {
    const response = handleApiGatewayRequest(
      newControlPlane(),
      request({ path: "/restapis", query: { limit: "ten" } }),
    );
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body)).toEqual({ message: "Query parameter limit must be an integer" });
  });

  it("serves paths with and without the /aws/apigateway mount point alike", () => {
    const controlPlane = newControlPlane();
    const created = handleApiGatewayRequest(
      controlPlane,
      request({ method: "POST", path: "/aws/apigateway/restapis", body: '{"name":"pets"}' }),
    );
    expect(created.statusCode).toBe(201);
    const { id } = JSON.parse(created.body) as { id: string };
    const listed = handleApiGatewayRequest(controlPlane, request({ path: "/restapis/" }));
    expect(JSON.parse(listed.body)).toMatchObject({ item: [{ id, name: "pets" }] });
  });

  it("decodes percent-encoded labels before calling the operation", () => {
    const response = handleApiGatewayRequest(newControlPlane(), request({ path: "/restapis/a%2Fb" }));
    expect(JSON.parse(response.body)).toEqual({
      message: "Invalid API identifier specified 111111111111:a/b",
    });
  });

  it("answers an empty 202 for DeleteRestApi", () => {
    const controlPlane = newControlPlane();
    const { id } = controlPlane.createRestApi({ name: "gone" });
    const response = handleApiGatewayRequest(
      controlPlane,
      request({ method: "DELETE", path: `/restapis/${id}` }),
    );
    expect(response).toEqual({ statusCode: 202, headers: {}, body: "" });
  });

  it("routes POST /apikeys?mode=import to ImportApiKeys with the CSV as the raw body", () => {
    const controlPlane = newControlPlane();
    const response = handleApiGatewayRequest(
      controlPlane,
      request({
        method: "POST",
        path: "/apikeys",
        query: { mode: "import", format: "csv" },
        body: "name,key,enabled\nalice,abcdefghijklmnopqrstuvwxyz,true\n",
      }),
    );
    expect(response.statusCode).toBe(201);
    const { ids } = JSON.parse(response.body) as { ids: string[] };
    expect(ids).toHaveLength(1);
    expect(controlPlane.getApiKeys({ includeValues: true }).items.map((key) => key.value)).toEqual([
      "abcdefghijklmnopqrstuvwxyz",
    ]);
  });

  it("answers 500 InternalFailure without details for an error that is not an AWS exception", () => {
    const controlPlane = {
      ...newControlPlane(),
      getRestApis: () => {
        throw new TypeError("secret detail");
      },
    };
    const reportInternalError = vi.fn();
    const response = handleApiGatewayRequest(controlPlane, request({ path: "/restapis" }), {
      reportInternalError,
    });
    expect(response.statusCode).toBe(500);
    expect(response.headers["x-amzn-ErrorType"]).toBe("InternalFailure");
    expect(response.body).toBe(JSON.stringify({ message: "Internal server error" }));
    expect(reportInternalError).toHaveBeenCalledWith(new TypeError("secret detail"));
  });
});
