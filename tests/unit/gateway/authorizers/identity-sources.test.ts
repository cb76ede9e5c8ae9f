import { describe, expect, it } from "vitest";
import { parseIdentitySources, readIdentitySource } from "@/lib/gateway/authorizers/lambda";
import { authorizerRequest } from "./authorizer-fixtures";

function readOne(expression: string, request = authorizerRequest()) {
  const [source] = parseIdentitySources(expression);
  return readIdentitySource(source!, request);
}

describe("parseIdentitySources", () => {
  it("splits a REQUEST authorizer's comma-separated list, spaces allowed, in order", () => {
    expect(
      parseIdentitySources(
        "method.request.header.Auth, method.request.querystring.Name,stageVariables.tier , context.identity.sourceIp",
      ),
    ).toEqual([
      { expression: "method.request.header.Auth", kind: "header", name: "Auth" },
      { expression: "method.request.querystring.Name", kind: "querystring", name: "Name" },
      { expression: "stageVariables.tier", kind: "stageVariables", name: "tier" },
      { expression: "context.identity.sourceIp", kind: "context", name: "identity.sourceIp" },
    ]);
  });

  it("gives no sources for an absent or empty setting", () => {
    expect(parseIdentitySources(undefined)).toEqual([]);
    expect(parseIdentitySources(" , ")).toEqual([]);
  });

  it("refuses path parameters and unknown forms", () => {
    expect(() => parseIdentitySources("method.request.path.id")).toThrow(
      "Invalid identity source expression",
    );
    expect(() => parseIdentitySources("method.request.header.")).toThrow(
      "Invalid identity source expression",
    );
    expect(() => parseIdentitySources("$request.header.Auth")).toThrow("Invalid identity source expression");
  });
});

describe("readIdentitySource", () => {
  it("reads headers whatever their case", () => {
    const request = authorizerRequest({ headers: { authorization: "t-1" } });
    expect(readOne("method.request.header.Authorization", request)).toBe("t-1");
    expect(readOne("method.request.header.AUTHORIZATION", request)).toBe("t-1");
  });

  it("reads query-string parameters case-sensitively", () => {
    const request = authorizerRequest({ queryStringParameters: { Name: "ann" } });
    expect(readOne("method.request.querystring.Name", request)).toBe("ann");
    expect(readOne("method.request.querystring.name", request)).toBeUndefined();
  });

  it("reads stage variables and $context values by dotted path, numbers as text", () => {
    const request = authorizerRequest({
      stageVariables: { tier: "gold" },
      contextVariables: {
        identity: { sourceIp: "198.51.100.1" },
        requestTimeEpoch: 1767225600000,
        authorizer: {},
      },
    });
    expect(readOne("stageVariables.tier", request)).toBe("gold");
    expect(readOne("stageVariables.other", request)).toBeUndefined();
    expect(readOne("context.identity.sourceIp", request)).toBe("198.51.100.1");
    expect(readOne("context.requestTimeEpoch", request)).toBe("1767225600000");
    expect(readOne("context.authorizer", request)).toBeUndefined();
  });

  it("falls back to the requestContext for $context values", () => {
    expect(readOne("context.identity.sourceIp")).toBe("203.0.113.7");
  });

  it("never finds prototype members for names like constructor or __proto__", () => {
    const request = authorizerRequest({ headers: {}, queryStringParameters: {}, stageVariables: {} });
    expect(readOne("method.request.header.constructor", request)).toBeUndefined();
    expect(readOne("method.request.querystring.__proto__", request)).toBeUndefined();
    expect(readOne("stageVariables.toString", request)).toBeUndefined();
    expect(readOne("context.identity.constructor", request)).toBeUndefined();
  });
});
