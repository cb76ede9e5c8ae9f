import { describe, expect, it } from "vitest";
import {
  buildMethodArn,
  evaluatePolicies,
  MalformedPolicyError,
  matchWildcard,
  toPolicyDocument,
  type PolicyDocument,
} from "@/lib/gateway/authorizers/policy";

const ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/42";
const invoke = { action: "execute-api:Invoke", resource: ARN };

function doc(...statements: Array<Record<string, unknown>>): PolicyDocument {
  return toPolicyDocument({ Version: "2012-10-17", Statement: statements });
}

describe("matchWildcard", () => {
  it.each([
    ["*", ARN, true],
    [ARN, ARN, true],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/4", ARN, false],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/*", ARN, true],
    ["arn:aws:execute-api:us-east-1:*:abc123/prod/*", ARN, true],
    ["arn:aws:execute-api:*", ARN, true],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/*/GET/*", ARN, true],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/*/POST/*", ARN, false],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/*", ARN, true],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/??", ARN, true],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/?", ARN, false],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/*/pets/*2", ARN, true],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/PETS/42", ARN, false],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/dev/*", ARN, false],
    [
      "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/",
      "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/",
      true,
    ],
    [
      "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/*",
      "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/",
      true,
    ],
    ["a*b*c", "aXXbYYc", true],
    ["a*b*c", "aXXbYY", false],
    ["**", "", true],
    ["?", "", false],
    ["?", "é", true],
    ["?", "😀", true],
    ["*a", "*a", true],
  ])("matches %s against %s: %s", (pattern, value, expected) => {
    expect(matchWildcard(pattern, value)).toBe(expected);
  });

  it("compares case-insensitively only when asked (actions)", () => {
    expect(matchWildcard("execute-api:invoke", "execute-api:Invoke")).toBe(false);
    expect(matchWildcard("EXECUTE-API:invoke", "execute-api:Invoke", true)).toBe(true);
    expect(matchWildcard("execute-api:*", "execute-api:Invoke", true)).toBe(true);
  });

  it("stays fast on patterns built to backtrack", () => {
    const started = performance.now();
    expect(matchWildcard(`${"*a".repeat(40)}b`, "a".repeat(5000))).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("evaluatePolicies", () => {
  it("allows when an Allow statement covers the action and the method ARN", () => {
    expect(
      evaluatePolicies([doc({ Effect: "Allow", Action: "execute-api:Invoke", Resource: ARN })], invoke),
    ).toBe("ALLOW");
  });

  it("denies implicitly when no statement covers the ARN", () => {
    const other = ARN.replace("/GET/", "/POST/");
    expect(
      evaluatePolicies([doc({ Effect: "Allow", Action: "execute-api:Invoke", Resource: other })], invoke),
    ).toBe("IMPLICIT_DENY");
    expect(evaluatePolicies([], invoke)).toBe("IMPLICIT_DENY");
    expect(evaluatePolicies([doc()], invoke)).toBe("IMPLICIT_DENY");
  });

  it("lets an explicit Deny win over any Allow, in any order and across policies", () => {
    const allow = { Effect: "Allow", Action: "*", Resource: "*" };
    const deny = { Effect: "Deny", Action: "execute-api:Invoke", Resource: ARN };
    expect(evaluatePolicies([doc(allow, deny)], invoke)).toBe("EXPLICIT_DENY");
    expect(evaluatePolicies([doc(deny, allow)], invoke)).toBe("EXPLICIT_DENY");
    expect(evaluatePolicies([doc(allow), doc(deny)], invoke)).toBe("EXPLICIT_DENY");
  });

  it("ignores a Deny that does not match the ARN", () => {
    const allow = { Effect: "Allow", Action: "execute-api:Invoke", Resource: "*" };
    const deny = { Effect: "Deny", Action: "execute-api:Invoke", Resource: ARN.replace("prod", "dev") };
    expect(evaluatePolicies([doc(allow, deny)], invoke)).toBe("ALLOW");
  });

  it("matches actions case-insensitively and with wildcards, resources case-sensitively", () => {
    expect(
      evaluatePolicies([doc({ Effect: "Allow", Action: "EXECUTE-API:INVOKE", Resource: ARN })], invoke),
    ).toBe("ALLOW");
    expect(evaluatePolicies([doc({ Effect: "Allow", Action: "execute-api:*", Resource: ARN })], invoke)).toBe(
      "ALLOW",
    );
    expect(
      evaluatePolicies([doc({ Effect: "Allow", Action: "execute-api:Inv?ke", Resource: ARN })], invoke),
    ).toBe("ALLOW");
    expect(evaluatePolicies([doc({ Effect: "Allow", Action: "s3:*", Resource: ARN })], invoke)).toBe(
      "IMPLICIT_DENY",
    );
    expect(
      evaluatePolicies(
        [doc({ Effect: "Allow", Action: "execute-api:Invoke", Resource: ARN.toUpperCase() })],
        invoke,
      ),
    ).toBe("IMPLICIT_DENY");
  });

  it("accepts string and array forms and a single statement object", () => {
    const arrays = doc({
      Effect: "Allow",
      Action: ["s3:GetObject", "execute-api:Invoke"],
      Resource: ["x", ARN],
    });
    expect(evaluatePolicies([arrays], invoke)).toBe("ALLOW");
    const single = toPolicyDocument({
      Statement: { Effect: "Allow", Action: "execute-api:Invoke", Resource: ARN },
    });
    expect(evaluatePolicies([single], invoke)).toBe("ALLOW");
  });

  it("applies NotAction and NotResource as 'everything except'", () => {
    expect(evaluatePolicies([doc({ Effect: "Allow", NotAction: "s3:*", Resource: ARN })], invoke)).toBe(
      "ALLOW",
    );
    expect(
      evaluatePolicies([doc({ Effect: "Allow", NotAction: "execute-api:*", Resource: ARN })], invoke),
    ).toBe("IMPLICIT_DENY");
    const exceptDev = {
      Effect: "Deny",
      Action: "execute-api:Invoke",
      NotResource: "arn:aws:execute-api:*:*:abc123/dev/*",
    };
    expect(evaluatePolicies([doc({ Effect: "Allow", Action: "*", Resource: "*" }, exceptDev)], invoke)).toBe(
      "EXPLICIT_DENY",
    );
    const exceptProd = { ...exceptDev, NotResource: "arn:aws:execute-api:*:*:abc123/prod/*" };
    expect(evaluatePolicies([doc({ Effect: "Allow", Action: "*", Resource: "*" }, exceptProd)], invoke)).toBe(
      "ALLOW",
    );
  });

  it("asks the condition callback with the request context, and fails closed without one", () => {
    const condition = { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } };
    const allow = doc({ Effect: "Allow", Action: "*", Resource: "*", Condition: condition });
    expect(evaluatePolicies([allow], invoke)).toBe("IMPLICIT_DENY");
    expect(evaluatePolicies([allow], { ...invoke, evaluateCondition: () => true })).toBe("ALLOW");
    const seen: unknown[] = [];
    const context = { "aws:sourceip": "10.1.2.3" };
    evaluatePolicies([allow], {
      ...invoke,
      context,
      evaluateCondition: (c, ctx) => (seen.push(c, ctx), false),
    });
    expect(seen).toEqual([condition, context]);
    const deny = doc(
      { Effect: "Allow", Action: "*", Resource: "*" },
      { Effect: "Deny", Action: "*", Resource: "*", Condition: condition },
    );
    expect(evaluatePolicies([deny], invoke)).toBe("EXPLICIT_DENY");
    expect(evaluatePolicies([deny], { ...invoke, evaluateCondition: () => false })).toBe("ALLOW");
  });

  it("asks the principal callback for Principal, negates it for NotPrincipal, and fails closed without one", () => {
    const allow = doc({
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::123456789012:root" },
      Action: "*",
      Resource: "*",
    });
    expect(evaluatePolicies([allow], invoke)).toBe("IMPLICIT_DENY");
    const seen: unknown[] = [];
    expect(evaluatePolicies([allow], { ...invoke, matchPrincipal: (p) => (seen.push(p), true) })).toBe(
      "ALLOW",
    );
    expect(seen).toEqual([{ AWS: ["arn:aws:iam::123456789012:root"] }]);
    const allowOthers = doc({ Effect: "Allow", NotPrincipal: "*", Action: "*", Resource: "*" });
    expect(evaluatePolicies([allowOthers], { ...invoke, matchPrincipal: () => true })).toBe("IMPLICIT_DENY");
    expect(evaluatePolicies([allowOthers], { ...invoke, matchPrincipal: () => false })).toBe("ALLOW");
    const deny = doc(
      { Effect: "Allow", Action: "*", Resource: "*" },
      { Effect: "Deny", Principal: "*", Action: "*", Resource: "*" },
    );
    expect(evaluatePolicies([deny], invoke)).toBe("EXPLICIT_DENY");
  });
});

describe("toPolicyDocument", () => {
  it.each([
    ["a string", "{}"],
    ["null", null],
    ["an array", []],
    ["no Statement", { Version: "2012-10-17" }],
    ["a statement that is not an object", { Statement: ["x"] }],
    ["a lower-case Effect", { Statement: [{ Effect: "allow", Action: "*", Resource: "*" }] }],
    ["no Effect", { Statement: [{ Action: "*", Resource: "*" }] }],
    ["no Action", { Statement: [{ Effect: "Allow", Resource: "*" }] }],
    [
      "Action and NotAction",
      { Statement: [{ Effect: "Allow", Action: "*", NotAction: "s3:*", Resource: "*" }] },
    ],
    ["no Resource", { Statement: [{ Effect: "Allow", Action: "*" }] }],
    ["an empty Resource list", { Statement: [{ Effect: "Allow", Action: "*", Resource: [] }] }],
    ["a non-string Resource", { Statement: [{ Effect: "Allow", Action: "*", Resource: [1] }] }],
    [
      "a Condition that is not a map of maps",
      { Statement: [{ Effect: "Allow", Action: "*", Resource: "*", Condition: { A: 1 } }] },
    ],
    [
      "a Principal that is neither * nor an object",
      { Statement: [{ Effect: "Allow", Principal: "me", Action: "*", Resource: "*" }] },
    ],
    [
      "a Principal list that is empty",
      { Statement: [{ Effect: "Allow", Principal: { AWS: [] }, Action: "*", Resource: "*" }] },
    ],
  ])("refuses %s", (_name, value) => {
    expect(() => toPolicyDocument(value)).toThrow(MalformedPolicyError);
  });

  it("normalises single strings to lists and keeps the statement's own fields", () => {
    expect(
      toPolicyDocument({
        Version: "2012-10-17",
        Statement: { Sid: "s1", Effect: "Deny", Action: "a", NotResource: "r" },
      }),
    ).toEqual({
      Version: "2012-10-17",
      Statement: [{ Sid: "s1", Effect: "Deny", Action: ["a"], NotResource: ["r"] }],
    });
  });
});

describe("buildMethodArn", () => {
  const parts = {
    region: "us-east-1",
    accountId: "123456789012",
    apiId: "abc123",
    stage: "prod",
    httpMethod: "GET",
  };

  it("ends with /GET/ for the root resource", () => {
    expect(buildMethodArn({ ...parts, path: "/" })).toBe(
      "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/",
    );
  });

  it("uses the actual request path, not the resource template", () => {
    expect(buildMethodArn({ ...parts, httpMethod: "DELETE", path: "/pets/a1b2" })).toBe(
      "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/DELETE/pets/a1b2",
    );
  });

  it("names the partition of China and GovCloud regions", () => {
    expect(buildMethodArn({ ...parts, region: "cn-north-1", path: "/x" })).toBe(
      "arn:aws-cn:execute-api:cn-north-1:123456789012:abc123/prod/GET/x",
    );
    expect(buildMethodArn({ ...parts, region: "us-gov-west-1", path: "/x" })).toMatch(/^arn:aws-us-gov:/);
  });
});
