import { describe, expect, it } from "vitest";
import {
  InvalidJsonInRequestBodyError,
  InvalidMappingExpressionError,
  evaluateMappingExpression,
  parseMappingExpression,
} from "@/lib/gateway/mapping";
import { sourcesWith } from "./sources";

const evaluate = (expression: string) => evaluateMappingExpression(expression, sourcesWith());

describe("method request sources", () => {
  it("reads path, query string and header parameters, taking the last of repeated values", () => {
    expect(evaluate("method.request.path.petId")).toBe("7");
    expect(evaluate("method.request.querystring.tag")).toBe("b");
    expect(evaluate("method.request.header.X-Trace")).toBe("t2");
  });

  it("reads every value with the multi-value forms", () => {
    expect(evaluate("method.request.multivaluequerystring.tag")).toEqual(["a", "b"]);
    expect(evaluate("method.request.multivalueheader.X-Trace")).toBe("t1,t2");
  });

  it("matches header names whatever their case", () => {
    expect(evaluate("method.request.header.x-trace")).toBe("t2");
  });

  it("gives nothing for a parameter the request does not have", () => {
    expect(evaluate("method.request.path.nope")).toBeUndefined();
    expect(evaluate("method.request.multivaluequerystring.nope")).toBeUndefined();
    expect(evaluate("method.request.header.nope")).toBeUndefined();
  });

  it("reads the body, and a JSONPath into it (non-string matches as JSON)", () => {
    expect(evaluate("method.request.body")).toBe('{"name":"Rex","owner":{"id":3},"tags":["x","y"]}');
    expect(evaluate("method.request.body.name")).toBe("Rex");
    expect(evaluate("method.request.body.owner.id")).toBe("3");
    expect(evaluate("method.request.body.owner")).toBe('{"id":3}');
    expect(evaluate("method.request.body.tags[1]")).toBe("y");
    expect(evaluate("method.request.body.missing")).toBeUndefined();
  });

  it("reads an empty body as {}", () => {
    const sources = sourcesWith();
    const methodRequest = { ...sources.methodRequest!, body: null };
    expect(evaluateMappingExpression("method.request.body", { ...sources, methodRequest })).toBe("{}");
  });

  it("finds nothing in a body that does not look like JSON, and fails 400 on one that looks like JSON but is not", () => {
    const sources = sourcesWith();
    const withBody = (body: string) => ({ ...sources, methodRequest: { ...sources.methodRequest!, body } });
    expect(evaluateMappingExpression("method.request.body.name", withBody("name=Rex"))).toBeUndefined();
    expect(() => evaluateMappingExpression("method.request.body.name", withBody("{broken"))).toThrow(
      InvalidJsonInRequestBodyError,
    );
  });
});

describe("integration response sources", () => {
  it("reads headers and the body", () => {
    expect(evaluate("integration.response.header.x-backend")).toBe("v2");
    expect(evaluate("integration.response.multivalueheader.X-Backend")).toBe("v1,v2");
    expect(evaluate("integration.response.body")).toBe('{"id":"pet-7","count":2}');
    expect(evaluate("integration.response.body.count")).toBe("2");
  });
});

describe("stage variables, context variables and static values", () => {
  it("reads stage variables and nested context variables", () => {
    expect(evaluate("stageVariables.version")).toBe("v2");
    expect(evaluate("stageVariables.nope")).toBeUndefined();
    expect(evaluate("context.requestId")).toBe("req-1");
    expect(evaluate("context.identity.sourceIp")).toBe("203.0.113.7");
    expect(evaluate("context.authorizer.principalId")).toBe("user-1");
    expect(evaluate("context.identity.toString")).toBeUndefined();
  });

  it("returns a static value without its quotes, commas and spaces included", () => {
    expect(evaluate("'text/html, application/json'")).toBe("text/html, application/json");
    expect(evaluate("''")).toBe("");
  });
});

describe("where an expression is used", () => {
  const sources = sourcesWith();

  it("lets integration request parameters read the method request but not the integration response", () => {
    expect(evaluateMappingExpression("method.request.body.name", sources, "integrationRequest")).toBe("Rex");
    expect(() =>
      evaluateMappingExpression("integration.response.header.X-Backend", sources, "integrationRequest"),
    ).toThrow(InvalidMappingExpressionError);
  });

  it("lets method response headers read the integration response but not the method request", () => {
    expect(evaluateMappingExpression("integration.response.body.id", sources, "methodResponse")).toBe(
      "pet-7",
    );
    expect(() =>
      evaluateMappingExpression("method.request.header.Accept", sources, "methodResponse"),
    ).toThrow(InvalidMappingExpressionError);
  });

  it("lets gateway response headers read method request path, query string and header parameters only", () => {
    expect(evaluateMappingExpression("method.request.header.Accept", sources, "gatewayResponse")).toBe(
      "application/json",
    );
    expect(() => evaluateMappingExpression("method.request.body", sources, "gatewayResponse")).toThrow(
      InvalidMappingExpressionError,
    );
    expect(() =>
      evaluateMappingExpression("method.request.multivalueheader.Accept", sources, "gatewayResponse"),
    ).toThrow(InvalidMappingExpressionError);
  });

  it("fails when the expression needs a source the caller did not provide", () => {
    expect(() => evaluateMappingExpression("integration.response.body", { stageVariables: {} })).toThrow(
      InvalidMappingExpressionError,
    );
  });
});

describe("parseMappingExpression", () => {
  it("parses every documented form", () => {
    expect(parseMappingExpression("method.request.multivalueheader.X-A")).toEqual({
      source: "method.request",
      location: "multivalueheader",
      name: "X-A",
    });
    expect(parseMappingExpression("method.request.body.a.b")).toEqual({
      source: "method.request.body",
      jsonPath: "a.b",
    });
    expect(parseMappingExpression("integration.response.body")).toEqual({
      source: "integration.response.body",
    });
    expect(parseMappingExpression("context.identity.sourceIp")).toEqual({
      source: "context",
      path: "identity.sourceIp",
    });
    expect(parseMappingExpression("'x'")).toEqual({ source: "static", value: "x" });
  });

  it("rejects anything else as an invalid mapping expression (500 if met while serving)", () => {
    for (const bad of [
      "method.request.cookie.a",
      "method.request.header.",
      "stage.x",
      "'unterminated",
      "$context.x",
    ]) {
      const error = (() => {
        try {
          parseMappingExpression(bad);
        } catch (e) {
          return e;
        }
      })();
      expect(error, bad).toBeInstanceOf(InvalidMappingExpressionError);
      expect((error as InvalidMappingExpressionError).defaultStatus).toBe(500);
    }
  });
});
