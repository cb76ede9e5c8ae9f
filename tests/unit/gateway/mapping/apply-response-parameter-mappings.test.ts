import { describe, expect, it } from "vitest";
import { InvalidMappingExpressionError, applyResponseParameterMappings } from "@/lib/gateway/mapping";
import { sourcesWith } from "./sources";

describe("applyResponseParameterMappings", () => {
  it("maps method response headers from the integration response, stage and context variables and static values", () => {
    const headers = applyResponseParameterMappings(
      {
        "method.response.header.X-Backend": "integration.response.header.X-Backend",
        "method.response.header.X-All": "integration.response.multivalueheader.X-Backend",
        "method.response.header.X-Id": "integration.response.body.id",
        "method.response.header.X-Version": "stageVariables.version",
        "method.response.header.X-Request": "context.requestId",
        "method.response.header.Access-Control-Allow-Origin": "'*'",
        "method.response.header.X-Missing": "integration.response.header.nope",
      },
      sourcesWith(),
    );
    expect(headers).toEqual({
      "X-Backend": "v2",
      "X-All": "v1,v2",
      "X-Id": "pet-7",
      "X-Version": "v2",
      "X-Request": "req-1",
      "Access-Control-Allow-Origin": "*",
    });
  });

  it("maps gateway response headers from the method request (the docs' INVALID_API_KEY example)", () => {
    const sources = sourcesWith();
    const methodRequest = { ...sources.methodRequest!, header: { "api-key": ["bad-key"] } };
    const headers = applyResponseParameterMappings(
      { "gatewayresponse.header.api-key": "method.request.header.api-key" },
      { methodRequest, stageVariables: {}, context: {} },
    );
    expect(headers).toEqual({ "api-key": "bad-key" });
  });

  it("refuses a method request source for a method response header", () => {
    expect(() =>
      applyResponseParameterMappings(
        { "method.response.header.X": "method.request.header.Accept" },
        sourcesWith(),
      ),
    ).toThrow(InvalidMappingExpressionError);
  });

  it("refuses a target that is not a response header", () => {
    expect(() => applyResponseParameterMappings({ "method.response.body": "'x'" }, sourcesWith())).toThrow(
      InvalidMappingExpressionError,
    );
  });
});
