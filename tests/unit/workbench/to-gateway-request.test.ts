import { describe, expect, it } from "vitest";
import { parseInvokeTarget, toGatewayRequest } from "@/lib/workbench/to-gateway-request";

describe("parseInvokeTarget", () => {
  it.each([
    [
      "/execute-api/abc123/dev/pets/a%2Fb?x=1&y",
      { apiId: "abc123", path: "/dev/pets/a%2Fb", query: "x=1&y" },
    ],
    ["/execute-api/abc123/dev/", { apiId: "abc123", path: "/dev/", query: "" }],
    ["/execute-api/abc123", { apiId: "abc123", path: "/", query: "" }],
    ["/execute-api/", { apiId: "", path: "/", query: "" }],
  ])("splits %s", (url, expected) => {
    expect(parseInvokeTarget(url)).toEqual({ ...expected, originalPath: url.split("?")[0] });
  });
});

describe("toGatewayRequest", () => {
  it("builds the engine's request from the target and the message, headers as sent", () => {
    const target = parseInvokeTarget("/execute-api/abc123/dev/pets?limit=2");
    const body = new TextEncoder().encode("{}");
    expect(
      toGatewayRequest(target, { method: "POST", headers: [["X-Trace", "1"]], body, sourceIp: "10.0.0.1" }),
    ).toEqual({
      apiId: "abc123",
      method: "POST",
      path: "/dev/pets",
      originalPath: "/execute-api/abc123/dev/pets",
      query: "limit=2",
      headers: [["X-Trace", "1"]],
      body,
      sourceIp: "10.0.0.1",
    });
  });
});
