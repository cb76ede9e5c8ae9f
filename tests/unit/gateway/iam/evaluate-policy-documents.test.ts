import { describe, expect, it, vi } from "vitest";
import {
  evaluateConditionBlock,
  evaluatePolicyDocuments,
  parsePolicyDocument,
  statementApplies,
  type IamPrincipal,
  type PolicyDocument,
  type PolicyEvaluationRequest,
} from "@/lib/gateway/iam";

const ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/1";
const request: PolicyEvaluationRequest = { action: "execute-api:Invoke", resource: ARN, context: {} };

const identity = (...statements: object[]) =>
  parsePolicyDocument({ Version: "2012-10-17", Statement: statements }, "identity");
const resource = (...statements: object[]) =>
  parsePolicyDocument({ Version: "2012-10-17", Statement: statements }, "resource");
const allow = (Resource: unknown, extra = {}) => ({
  Effect: "Allow",
  Action: "execute-api:Invoke",
  Resource,
  ...extra,
});
const deny = (Resource: unknown, extra = {}) => ({
  Effect: "Deny",
  Action: "execute-api:Invoke",
  Resource,
  ...extra,
});

const alice: IamPrincipal = {
  type: "User",
  accountId: "123456789012",
  arn: "arn:aws:iam::123456789012:user/alice",
  id: "AIDAALICE",
  userName: "alice",
};
const session: IamPrincipal = {
  type: "AssumedRole",
  accountId: "111122223333",
  arn: "arn:aws:sts::111122223333:assumed-role/reader/s1",
  id: "AROAREADER:s1",
  roleName: "reader",
  roleArn: "arn:aws:iam::111122223333:role/reader",
  sessionName: "s1",
};

describe("IAM evaluation logic", () => {
  it("allows with a matching Allow, denies implicitly without one, and lets an explicit Deny win", () => {
    expect(evaluatePolicyDocuments([identity(allow(ARN))], request)).toBe("ALLOW");
    expect(evaluatePolicyDocuments([identity(allow(`${ARN}0`))], request)).toBe("IMPLICIT_DENY");
    expect(evaluatePolicyDocuments([identity(allow("*")), identity(deny(ARN))], request)).toBe(
      "EXPLICIT_DENY",
    );
    expect(evaluatePolicyDocuments([], request)).toBe("IMPLICIT_DENY");
  });

  it.each([
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/*", "ALLOW"],
    ["arn:aws:execute-api:us-east-1:*:abc123/prod/GET/*", "ALLOW"],
    ["arn:aws:execute-api:*:*:abc123/*/GET/pets/?", "ALLOW"],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/POST/*", "IMPLICIT_DENY"],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/prod/get/pets/1", "IMPLICIT_DENY"],
    ["arn:aws:execute-api:us-east-1:123456789012:abc123/*/GET/pets/??", "IMPLICIT_DENY"],
  ])("resource %s gives %s (wildcards, case-sensitive)", (pattern, decision) => {
    expect(evaluatePolicyDocuments([identity(allow(pattern))], request)).toBe(decision);
  });

  it.each([["execute-api:*"], ["*"], ["EXECUTE-API:invoke"], ["execute-api:Inv*"]])(
    "action %s covers execute-api:Invoke",
    (Action) => {
      expect(evaluatePolicyDocuments([identity({ Effect: "Allow", Action, Resource: "*" })], request)).toBe(
        "ALLOW",
      );
    },
  );

  it("supports NotAction and NotResource", () => {
    expect(
      evaluatePolicyDocuments(
        [identity({ Effect: "Allow", NotAction: "execute-api:ManageConnections", Resource: "*" })],
        request,
      ),
    ).toBe("ALLOW");
    expect(
      evaluatePolicyDocuments(
        [identity({ Effect: "Deny", Action: "*", NotResource: `${ARN.slice(0, -1)}*` })],
        request,
      ),
    ).toBe("IMPLICIT_DENY");
    expect(
      evaluatePolicyDocuments(
        [identity({ Effect: "Deny", Action: "*", NotResource: "arn:aws:s3:::*" })],
        request,
      ),
    ).toBe("EXPLICIT_DENY");
  });

  it("applies a statement only when its condition holds", () => {
    const document = identity(allow("*", { Condition: { IpAddress: { "aws:SourceIp": "192.0.2.0/24" } } }));
    expect(
      evaluatePolicyDocuments([document], { ...request, context: { "aws:sourceip": "192.0.2.9" } }),
    ).toBe("ALLOW");
    expect(
      evaluatePolicyDocuments([document], { ...request, context: { "aws:sourceip": "203.0.113.9" } }),
    ).toBe("IMPLICIT_DENY");
  });

  it("passes the condition block and the request context to a pluggable condition callback", () => {
    const condition = { StringEquals: { "aws:SourceVpce": "vpce-1" } };
    const document = identity(allow("*", { Condition: condition }));
    const callback = vi.fn(evaluateConditionBlock);
    const context = { "aws:sourcevpce": "vpce-1" };
    expect(statementApplies(document.Statement[0]!, { ...request, context }, callback)).toBe(true);
    expect(callback).toHaveBeenCalledWith(condition, context);
  });
});

describe("resource-policy principals", () => {
  const decide = (principal: unknown, caller: IamPrincipal | null, effect = allow) =>
    evaluatePolicyDocuments([resource(effect(ARN, { Principal: principal }))], {
      ...request,
      principal: caller,
    });

  it.each<[string, unknown, IamPrincipal | null, string]>([
    ['"*" names an anonymous caller', "*", null, "ALLOW"],
    ['{"AWS": "*"} names an anonymous caller', { AWS: "*" }, null, "ALLOW"],
    ["an account id names its users", { AWS: "123456789012" }, alice, "ALLOW"],
    ["an account root ARN names its users", { AWS: "arn:aws:iam::123456789012:root" }, alice, "ALLOW"],
    [
      "an account does not name an anonymous caller",
      { AWS: "arn:aws:iam::123456789012:root" },
      null,
      "IMPLICIT_DENY",
    ],
    ["an account does not name another account's caller", { AWS: "123456789012" }, session, "IMPLICIT_DENY"],
    [
      "a user ARN names that user",
      { AWS: ["arn:aws:iam::123456789012:user/bob", "arn:aws:iam::123456789012:user/alice"] },
      alice,
      "ALLOW",
    ],
    [
      "a role ARN names the role's sessions",
      { AWS: "arn:aws:iam::111122223333:role/reader" },
      session,
      "ALLOW",
    ],
    [
      "an assumed-role ARN names that session",
      { AWS: "arn:aws:sts::111122223333:assumed-role/reader/s1" },
      session,
      "ALLOW",
    ],
    ["a service principal names no caller", { Service: "lambda.amazonaws.com" }, alice, "IMPLICIT_DENY"],
  ])("%s", (_what, principal, caller, decision) => {
    expect(decide(principal, caller)).toBe(decision);
  });

  it("applies NotPrincipal to every caller it does not name", () => {
    const document: PolicyDocument = resource(
      deny(ARN, { NotPrincipal: { AWS: "arn:aws:iam::123456789012:user/alice" } }),
    );
    expect(evaluatePolicyDocuments([document], { ...request, principal: alice })).toBe("IMPLICIT_DENY");
    expect(evaluatePolicyDocuments([document], { ...request, principal: null })).toBe("EXPLICIT_DENY");
  });

  it("ignores statements that name principals when evaluating identity policies", () => {
    expect(evaluatePolicyDocuments([resource(allow(ARN, { Principal: "*" }))], request)).toBe(
      "IMPLICIT_DENY",
    );
  });
});
