import { describe, expect, it } from "vitest";
import type { IntegrationType } from "@/lib/gateway/control/types";
import {
  InvalidIntegrationHeaderMappingError,
  InvalidMappingExpressionError,
  applyRequestParameterMappings,
  assertIntegrationHeadersAllowed,
} from "@/lib/gateway/mapping";
import { sourcesWith } from "./sources";

describe("applyRequestParameterMappings", () => {
  it("builds the integration request's path, query string and headers", () => {
    const mapped = applyRequestParameterMappings(
      {
        "integration.request.path.id": "method.request.path.petId",
        "integration.request.querystring.tags": "method.request.multivaluequerystring.tag",
        "integration.request.querystring.v": "stageVariables.version",
        "integration.request.header.x-source-ip": "context.identity.sourceIp",
        "integration.request.header.x-tags": "method.request.multivaluequerystring.tag",
        "integration.request.header.Accept": "'application/xml'",
      },
      sourcesWith(),
      "HTTP",
    );
    expect(mapped).toEqual({
      path: { id: "7" },
      querystring: { tags: ["a", "b"], v: ["v2"] },
      header: { "x-source-ip": "203.0.113.7", "x-tags": "a,b", Accept: "application/xml" },
    });
  });

  it("sets nothing for a source that holds nothing or an empty static value", () => {
    const mapped = applyRequestParameterMappings(
      {
        "integration.request.header.x-a": "method.request.header.nope",
        "integration.request.header.x-b": "''",
      },
      sourcesWith(),
    );
    expect(mapped.header).toEqual({});
  });

  it("gives empty maps when the integration has no requestParameters", () => {
    expect(applyRequestParameterMappings(undefined, sourcesWith())).toEqual({
      path: {},
      querystring: {},
      header: {},
    });
  });

  it("rejects a target that is not an integration request parameter", () => {
    expect(() => applyRequestParameterMappings({ "integration.request.body": "'x'" }, sourcesWith())).toThrow(
      InvalidMappingExpressionError,
    );
  });
});

describe("rest-http-003: mapping headers API Gateway manages itself", () => {
  const mapping = (header: string) => ({ [`integration.request.header.${header}`]: "'0'" });

  it.each<IntegrationType>(["HTTP", "HTTP_PROXY", "AWS", "AWS_PROXY"])(
    "fails Content-Length and Transfer-Encoding on %s with 500 Internal server error",
    (type) => {
      for (const header of ["Content-Length", "Transfer-Encoding"]) {
        let error: unknown;
        try {
          applyRequestParameterMappings(mapping(header), sourcesWith(), type);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(InvalidIntegrationHeaderMappingError);
        const mappingError = error as InvalidIntegrationHeaderMappingError;
        expect(mappingError.defaultStatus).toBe(500);
        expect(mappingError.errorType).toBe("InternalServerErrorException");
        expect(mappingError.builtInBody).toBe('{"message": "Internal server error"}');
        expect(new TextEncoder().encode(mappingError.builtInBody).length).toBe(36);
      }
    },
  );

  it("fails Authorization, Connection, Expect, Proxy-Authenticate and TE on AWS and AWS_PROXY only", () => {
    for (const header of ["Authorization", "Connection", "Expect", "Proxy-Authenticate", "TE"]) {
      expect(() => applyRequestParameterMappings(mapping(header), sourcesWith(), "AWS")).toThrow(
        InvalidIntegrationHeaderMappingError,
      );
      expect(() => applyRequestParameterMappings(mapping(header), sourcesWith(), "AWS_PROXY")).toThrow(
        InvalidIntegrationHeaderMappingError,
      );
      expect(applyRequestParameterMappings(mapping(header), sourcesWith(), "HTTP").header).toEqual({
        [header]: "0",
      });
    }
  });

  it("does not fail when the mapped source holds no value", () => {
    const mapped = applyRequestParameterMappings(
      { "integration.request.header.Content-Length": "method.request.header.Content-Length" },
      sourcesWith(),
      "HTTP_PROXY",
    );
    expect(mapped.header).toEqual({});
  });

  it("checks header names from other origins too (requestOverride), whatever their case", () => {
    expect(() => assertIntegrationHeadersAllowed(["x-ok", "content-length"], "MOCK")).toThrow(
      InvalidIntegrationHeaderMappingError,
    );
    expect(() => assertIntegrationHeadersAllowed(["x-ok", "Authorization"], "HTTP")).not.toThrow();
  });
});
