import { describe, expect, it } from "vitest";
import {
  toGatewayResponseDraft,
  toHeaderRows,
  toPutGatewayResponseInput,
  toResponseParameters,
  withCorsRows,
} from "@/app/_components/workbench/apis/gateway-response-patch";
import { createMockApi, createTestControlPlane } from "../gateway/control/fixture";

describe("gateway response headers", () => {
  it("shows header names without the gatewayresponse.header. prefix and adds it back", () => {
    const rows = toHeaderRows({ "gatewayresponse.header.X-Trace": "method.request.header.X-Trace" });
    expect(rows).toEqual([{ key: "X-Trace", value: "method.request.header.X-Trace" }]);
    expect(toResponseParameters([...rows, { key: " ", value: "'x'" }, { key: "Empty", value: "" }])).toEqual({
      "gatewayresponse.header.X-Trace": "method.request.header.X-Trace",
    });
  });

  it("adds the CORS headers that are missing without duplicating one already set", () => {
    const rows = withCorsRows([{ key: "access-control-allow-origin", value: "'https://example.com'" }]);
    expect(rows.map((row) => row.key)).toEqual([
      "access-control-allow-origin",
      "Access-Control-Allow-Headers",
    ]);
  });

  it("customises a response through PutGatewayResponse and leaves a blank status out", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const original = cp.getGatewayResponse({ restApiId, responseType: "DEFAULT_4XX" });
    const draft = { ...toGatewayResponseDraft(original), headers: withCorsRows([]) };
    const input = toPutGatewayResponseInput(restApiId, original, draft);
    expect(input).not.toHaveProperty("statusCode");
    const saved = cp.putGatewayResponse(input);
    expect(saved.defaultResponse).toBe(false);
    expect(saved.responseParameters?.["gatewayresponse.header.Access-Control-Allow-Origin"]).toBe("'*'");
    expect(saved.responseTemplates?.["application/json"]).toBe('{"message":$context.error.messageString}');
  });
});
