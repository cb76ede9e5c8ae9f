import { describe, expect, it } from "vitest";
import {
  readMethodRequestParameter,
  toMissingParametersMessage,
  toParameterReference,
  validateRequestParameters,
} from "@/lib/gateway/validation";

const none = { headers: {}, querystring: {}, path: {} };

describe("validateRequestParameters", () => {
  it("returns no names when every required parameter is present and not blank", () => {
    const values = { headers: { "X-Id": "1" }, querystring: { q: "a" }, path: { id: "7" } };
    const required = {
      "method.request.header.x-id": true,
      "method.request.querystring.q": true,
      "method.request.path.id": true,
    };
    expect(validateRequestParameters(required, values)).toEqual([]);
  });

  it("lists missing names header first, then path, then query string, as AWS recorded", () => {
    const required = {
      "method.request.querystring.qs1": true,
      "method.request.path.issuer": true,
      "method.request.header.x-header-param": true,
    };
    expect(validateRequestParameters(required, none)).toEqual(["x-header-param", "issuer", "qs1"]);
  });

  it("orders names within one location alphabetically", () => {
    const required = { "method.request.querystring.zeta": true, "method.request.querystring.alpha": true };
    expect(validateRequestParameters(required, none)).toEqual(["alpha", "zeta"]);
  });

  it("treats blank and whitespace-only values as missing", () => {
    const required = { "method.request.querystring.q1": true, "method.request.header.h1": true };
    expect(
      validateRequestParameters(required, { headers: { h1: "  " }, querystring: { q1: "" }, path: {} }),
    ).toEqual(["h1", "q1"]);
  });

  it("ignores parameters declared as not required", () => {
    expect(validateRequestParameters({ "method.request.querystring.q": false }, none)).toEqual([]);
  });

  it("matches header names case-insensitively and query names case-sensitively", () => {
    const values = { headers: { "X-HEADER": "v" }, querystring: { Q: "v" }, path: {} };
    const required = { "method.request.header.x-header": true, "method.request.querystring.q": true };
    expect(validateRequestParameters(required, values)).toEqual(["q"]);
  });

  it("reads the last value of a repeated query parameter", () => {
    const values = { headers: {}, querystring: { q: ["a", ""] }, path: {} };
    expect(validateRequestParameters({ "method.request.querystring.q": true }, values)).toEqual(["q"]);
  });

  it("formats AWS's BAD_REQUEST_PARAMETERS message", () => {
    expect(toMissingParametersMessage(["x-header-param", "issuer", "qs1"])).toBe(
      "Missing required request parameters: [x-header-param, issuer, qs1]",
    );
  });
});

describe("method request parameter expressions", () => {
  it("splits an expression into location and name, keeping dots in the name", () => {
    expect(toParameterReference("method.request.header.x.y")).toEqual({ location: "header", name: "x.y" });
    expect(toParameterReference("method.request.body.x")).toBeUndefined();
    expect(toParameterReference("method.request.path.")).toBeUndefined();
  });

  it("joins a repeated header's values with commas", () => {
    const values = { headers: { Accept: ["a", "b"] }, querystring: {}, path: {} };
    expect(readMethodRequestParameter(values, "header", "accept")).toBe("a,b");
  });
});
