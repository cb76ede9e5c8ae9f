import { describe, expect, it } from "vitest";
import type { GatewayResponse } from "@/lib/gateway/control/types";
import { resolveGatewayResponse } from "@/lib/gateway/responses/resolve-gateway-response";

const custom = (
  responseType: GatewayResponse["responseType"],
  extra: Partial<GatewayResponse> = {},
): GatewayResponse => ({
  responseType,
  defaultResponse: false,
  ...extra,
});

describe("gateway response resolution (spec 1.5)", () => {
  it("uses the built-in response when nothing is customised", () => {
    expect(resolveGatewayResponse("MISSING_AUTHENTICATION_TOKEN", 403, [])).toEqual({
      statusCode: 403,
      responseParameters: {},
      responseTemplates: {},
      source: "built-in",
    });
  });

  it("ignores entries that are AWS's defaults (defaultResponse: true)", () => {
    const listed = [
      { responseType: "THROTTLED", defaultResponse: true, statusCode: "429" } as GatewayResponse,
    ];
    expect(resolveGatewayResponse("THROTTLED", 429, listed).source).toBe("built-in");
  });

  it("applies DEFAULT_5XX's status and templates to uncustomised 5XX types only (REC: 599 inheritance)", () => {
    const configured = [
      custom("DEFAULT_5XX", {
        statusCode: "599",
        responseTemplates: { "application/json": '{"oops":true}' },
      }),
      custom("AUTHORIZER_FAILURE", { statusCode: "500" }),
    ];
    expect(resolveGatewayResponse("API_CONFIGURATION_ERROR", 500, configured)).toMatchObject({
      statusCode: 599,
      source: "default",
    });
    expect(resolveGatewayResponse("AUTHORIZER_CONFIGURATION_ERROR", 500, configured).statusCode).toBe(599);
    expect(resolveGatewayResponse("AUTHORIZER_FAILURE", 500, configured)).toMatchObject({
      statusCode: 500,
      source: "type",
    });
    expect(resolveGatewayResponse("THROTTLED", 429, configured).source).toBe("built-in");
  });

  it("keeps the type's default status when DEFAULT_4XX sets only headers", () => {
    const configured = [
      custom("DEFAULT_4XX", {
        responseParameters: { "gatewayresponse.header.Access-Control-Allow-Origin": "'*'" },
      }),
    ];
    const resolved = resolveGatewayResponse("UNAUTHORIZED", 401, configured);
    expect(resolved).toMatchObject({ statusCode: 401, source: "default" });
    expect(resolved.responseParameters).toEqual({
      "gatewayresponse.header.Access-Control-Allow-Origin": "'*'",
    });
  });

  it("lets a customised type override its status", () => {
    expect(
      resolveGatewayResponse("MISSING_AUTHENTICATION_TOKEN", 403, [
        custom("MISSING_AUTHENTICATION_TOKEN", { statusCode: "404" }),
      ]).statusCode,
    ).toBe(404);
  });
});
