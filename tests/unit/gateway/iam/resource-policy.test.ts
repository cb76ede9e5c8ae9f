import { describe, expect, it } from "vitest";
import type { AuthorizationType } from "@/lib/gateway/control/types";
import { AccessDeniedError, ApiConfigurationError } from "@/lib/gateway/errors";
import {
  checkResourcePolicy,
  combinePolicyDecisions,
  type CheckResourcePolicyInput,
  type IamPrincipal,
  type PolicyDecision,
} from "@/lib/gateway/iam";
import tables from "./authorization-flow-tables.golden.json";

const ACCOUNT = "123456789012";
const ARN = `arn:aws:execute-api:us-east-1:${ACCOUNT}:abc123/prod/GET/pets/1`;
const facts = { sourceIp: "198.51.100.7", now: Date.UTC(2026, 0, 15) };
const DECISION: Record<string, PolicyDecision> = {
  Allow: "ALLOW",
  "Neither Allow nor Deny": "IMPLICIT_DENY",
  Deny: "EXPLICIT_DENY",
};
const RESULT: Record<string, PolicyDecision> = {
  Allow: "ALLOW",
  "Implicit Deny": "IMPLICIT_DENY",
  "Explicit Deny": "EXPLICIT_DENY",
};

const user = (accountId: string): IamPrincipal => ({
  type: "User",
  accountId,
  arn: `arn:aws:iam::${accountId}:user/alice`,
  id: "AIDAALICE",
  userName: "alice",
});

const policy = (...statements: object[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });
const invoke = { Action: "execute-api:Invoke" };
/** A resource policy whose decision for `callerArn` (or anyone, when omitted) is `decision`. */
function policyDeciding(decision: PolicyDecision, callerArn?: string): string {
  const Principal = callerArn ? { AWS: callerArn } : "*";
  if (decision === "ALLOW")
    return policy({ Effect: "Allow", Principal, ...invoke, Resource: "execute-api:/*" });
  if (decision === "EXPLICIT_DENY")
    return policy({ Effect: "Deny", Principal, ...invoke, Resource: "execute-api:/prod/*" });
  return policy({ Effect: "Allow", Principal, ...invoke, Resource: "execute-api:/test/*" });
}

function check(overrides: Partial<CheckResourcePolicyInput>) {
  return checkResourcePolicy({
    phase: "afterAuthorization",
    authorizationType: "NONE",
    policy: undefined,
    methodArn: ARN,
    accountId: ACCOUNT,
    facts,
    ...overrides,
  });
}

type Row = { identity: string; resource: string; result: string };

describe("AWS's policy evaluation outcome tables", () => {
  it.each(tables.tableA.rows as Row[])("Table A (same account): $identity + $resource = $result", (row) => {
    expect(combinePolicyDecisions(DECISION[row.identity]!, DECISION[row.resource]!, true).decision).toBe(
      RESULT[row.result],
    );
  });

  it.each(tables.tableB.rows as Row[])("Table B (cross-account): $identity + $resource = $result", (row) => {
    expect(combinePolicyDecisions(DECISION[row.identity]!, DECISION[row.resource]!, false).decision).toBe(
      RESULT[row.result],
    );
  });

  it.each(tables.tableA.rows as Row[])(
    "AWS_IAM, same-account caller: $identity + $resource = $result",
    (row) => {
      const caller = user(ACCOUNT);
      const outcome = check({
        authorizationType: "AWS_IAM",
        policy: policyDeciding(DECISION[row.resource]!, caller.arn),
        iam: { principal: caller, identityDecision: DECISION[row.identity]! },
      });
      expect(outcome.combined?.decision).toBe(RESULT[row.result]);
      expect(outcome.allowed).toBe(row.result === "Allow");
    },
  );

  it.each(tables.tableB.rows as Row[])(
    "AWS_IAM, cross-account caller: $identity + $resource = $result",
    (row) => {
      const caller = user("999999999999");
      const outcome = check({
        authorizationType: "AWS_IAM",
        policy: policyDeciding(DECISION[row.resource]!, caller.arn),
        iam: { principal: caller, identityDecision: DECISION[row.identity]! },
      });
      expect(outcome.combined?.decision).toBe(RESULT[row.result]);
    },
  );

  it.each(tables.tableA.rows as Row[])("Lambda authorizer: $identity + $resource = $result", (row) => {
    const outcome = check({
      authorizationType: "CUSTOM",
      policy: policyDeciding(DECISION[row.resource]!),
      authorizerDecision: DECISION[row.identity]!,
    });
    expect(outcome.combined?.decision).toBe(RESULT[row.result]);
    expect(outcome.allowed).toBe(row.result === "Allow");
  });
});

describe("403 messages of the combined decision", () => {
  const message = (outcome: ReturnType<typeof check>) => {
    expect(outcome.error).toBeInstanceOf(AccessDeniedError);
    expect([outcome.error?.defaultStatus, outcome.error?.errorType]).toEqual([403, "AccessDeniedException"]);
    expect(outcome.error?.builtInBody).toBe(JSON.stringify({ Message: outcome.error?.gatewayMessage }));
    return outcome.error?.gatewayMessage;
  };
  const iamCheck = (
    identityDecision: PolicyDecision,
    resourceDecision?: PolicyDecision,
    accountId = ACCOUNT,
  ) =>
    check({
      authorizationType: "AWS_IAM",
      policy: resourceDecision && policyDeciding(resourceDecision, user(accountId).arn),
      iam: { principal: user(accountId), identityDecision },
    });
  const USER = `User: arn:aws:iam::${ACCOUNT}:user/alice is not authorized to perform: execute-api:Invoke on resource: ${ARN}`;

  it("names the IAM user and says no identity-based policy allows when nothing allows", () => {
    expect(message(iamCheck("IMPLICIT_DENY"))).toBe(
      `${USER} because no identity-based policy allows the execute-api:Invoke action`,
    );
  });

  it("says with an explicit deny when either policy denies", () => {
    expect(message(iamCheck("EXPLICIT_DENY"))).toBe(`${USER} with an explicit deny`);
    expect(message(iamCheck("ALLOW", "EXPLICIT_DENY"))).toBe(`${USER} with an explicit deny`);
  });

  it("says no resource-based policy allows for a cross-account caller without a resource policy allow", () => {
    const outcome = iamCheck("ALLOW", undefined, "999999999999");
    expect(message(outcome)).toBe(
      `User: arn:aws:iam::999999999999:user/alice is not authorized to perform: execute-api:Invoke on resource: ${ARN} ` +
        "because no resource-based policy allows the execute-api:Invoke action",
    );
  });

  it("uses the Lambda authorizer's texts when the authorizer's policy denies", () => {
    const custom = (authorizerDecision: PolicyDecision) =>
      check({ authorizationType: "CUSTOM", authorizerDecision });
    expect(message(custom("EXPLICIT_DENY"))).toBe(
      "User is not authorized to access this resource with an explicit deny",
    );
    expect(message(custom("IMPLICIT_DENY"))).toBe("User is not authorized to access this resource");
    expect(custom("ALLOW").allowed).toBe(true);
  });
});

describe("resource policy with no authorization (NONE)", () => {
  const ipPolicy = policy({
    Effect: "Allow",
    Principal: "*",
    ...invoke,
    Resource: "execute-api:/*",
    Condition: { IpAddress: { "aws:SourceIp": ["192.0.2.0/24", "198.51.100.0/24"] } },
  });
  const before = (policyText: string, sourceIp = facts.sourceIp) =>
    check({ phase: "beforeAuthorization", policy: policyText, facts: { ...facts, sourceIp } });
  const ANONYMOUS = `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}`;

  it("allows a caller from an allowed source IP", () => {
    expect(before(ipPolicy)).toMatchObject({ allowed: true, resourceDecision: "ALLOW" });
  });

  it("returns 403 User: anonymous for a caller outside the allowed ranges (implicit deny)", () => {
    expect(before(ipPolicy, "203.0.113.1").error?.gatewayMessage).toBe(ANONYMOUS);
  });

  it("returns 403 User: anonymous ... with an explicit deny for a denied source IP", () => {
    const denyPolicy = policy(
      { Effect: "Allow", Principal: "*", ...invoke, Resource: "execute-api:/*" },
      {
        Effect: "Deny",
        Principal: "*",
        ...invoke,
        Resource: "execute-api:/*",
        Condition: { NotIpAddress: { "aws:SourceIp": "192.0.2.0/24" } },
      },
    );
    expect(before(denyPolicy).error?.gatewayMessage).toBe(`${ANONYMOUS} with an explicit deny`);
    expect(before(denyPolicy, "192.0.2.10").allowed).toBe(true);
  });

  it("denies an anonymous caller a policy that only names AWS principals (the documented troubleshooting case)", () => {
    const principals = policy({
      Effect: "Allow",
      Principal: { AWS: [`arn:aws:iam::${ACCOUNT}:role/developer`] },
      ...invoke,
      Resource: "execute-api:/*",
    });
    expect(before(principals).error?.gatewayMessage).toBe(ANONYMOUS);
  });

  it("allows everything when the API has no resource policy, in both phases", () => {
    expect(before("")).toMatchObject({ allowed: true, explanation: "No resource policy" });
    expect(check({ authorizationType: "NONE" }).allowed).toBe(true);
  });

  it("reads execute-api:/ as this API only: another API's stage does not match", () => {
    const otherApi = policy({
      Effect: "Allow",
      Principal: "*",
      ...invoke,
      Resource: `arn:aws:execute-api:us-east-1:${ACCOUNT}:zzz999/*`,
    });
    expect(before(otherApi).allowed).toBe(false);
  });

  it("fails closed with a 500 on a policy that does not parse", () => {
    expect(() => before("{oops")).toThrow(ApiConfigurationError);
  });
});

describe("private API resource policies (aws:SourceVpce, aws:SourceVpc)", () => {
  const vpcePolicy = policy(
    { Effect: "Allow", Principal: "*", ...invoke, Resource: "execute-api:/*" },
    {
      Effect: "Deny",
      Principal: "*",
      ...invoke,
      Resource: "execute-api:/*",
      Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-1a2b3c4d" } },
    },
  );
  const from = (sourceVpce?: string, sourceVpc?: string) =>
    check({ phase: "beforeAuthorization", policy: vpcePolicy, facts: { ...facts, sourceVpce, sourceVpc } });

  it("allows calls through the named VPC endpoint", () => {
    expect(from("vpce-1a2b3c4d").allowed).toBe(true);
  });

  it("denies calls through another endpoint, or from the internet, with an explicit deny", () => {
    expect(from("vpce-99999999").combined?.decision).toBe("EXPLICIT_DENY");
    expect(from(undefined).combined?.decision).toBe("EXPLICIT_DENY");
  });

  it("allows by source VPC with StringEquals on aws:SourceVpc", () => {
    const vpcPolicy = policy({
      Effect: "Allow",
      Principal: "*",
      ...invoke,
      Resource: "execute-api:/*",
      Condition: { StringEquals: { "aws:SourceVpc": "vpc-2f09a348" } },
    });
    const run = (sourceVpc?: string) =>
      check({
        phase: "beforeAuthorization",
        policy: vpcPolicy,
        facts: { ...facts, sourceVpce: "vpce-1", sourceVpc },
      });
    expect(run("vpc-2f09a348").allowed).toBe(true);
    expect(run("vpc-other").allowed).toBe(false);
  });
});

describe("the two phases per authorization type", () => {
  const ipAllow = policy({
    Effect: "Allow",
    Principal: "*",
    ...invoke,
    Resource: "execute-api:/*",
    Condition: { IpAddress: { "aws:SourceIp": "192.0.2.0/24" } },
  });
  const ipDeny = policy(
    { Effect: "Allow", Principal: "*", ...invoke, Resource: "execute-api:/*" },
    {
      Effect: "Deny",
      Principal: "*",
      ...invoke,
      Resource: "execute-api:/*",
      Condition: { NotIpAddress: { "aws:SourceIp": "192.0.2.0/24" } },
    },
  );
  const before = (authorizationType: AuthorizationType, policyText: string) =>
    check({ phase: "beforeAuthorization", authorizationType, policy: policyText });

  it("CUSTOM: an explicit deny stops the request before the Lambda authorizer runs", () => {
    expect(before("CUSTOM", ipDeny).error?.gatewayMessage).toBe(
      `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN} with an explicit deny`,
    );
  });

  it("CUSTOM: an Allow-only policy that does not match lets the authorizer run, and its Allow then suffices (Table A)", () => {
    expect(before("CUSTOM", ipAllow)).toMatchObject({ allowed: true, resourceDecision: "IMPLICIT_DENY" });
    const after = check({ authorizationType: "CUSTOM", policy: ipAllow, authorizerDecision: "ALLOW" });
    expect(after).toMatchObject({ allowed: true, combined: { decision: "ALLOW" } });
  });

  it("AWS_IAM and COGNITO_USER_POOLS: nothing is decided before authentication", () => {
    for (const type of ["AWS_IAM", "COGNITO_USER_POOLS"] as const)
      expect(before(type, ipDeny)).toEqual({
        allowed: true,
        explanation: "Resource policy: evaluated after authentication",
      });
  });

  it("COGNITO_USER_POOLS: after authentication the resource policy must explicitly allow", () => {
    const after = (policyText?: string) =>
      check({ authorizationType: "COGNITO_USER_POOLS", policy: policyText });
    expect(after(ipAllow).error?.gatewayMessage).toBe(
      `User: anonymous is not authorized to perform: execute-api:Invoke on resource: ${ARN}`,
    );
    expect(after(policyDeciding("ALLOW")).allowed).toBe(true);
    expect(after(undefined).allowed).toBe(true);
  });

  it("AWS_IAM: the resource policy sees the caller's principal and condition keys", () => {
    const caller = user(ACCOUNT);
    const byUser = policy({
      Effect: "Allow",
      Principal: "*",
      ...invoke,
      Resource: "execute-api:/*",
      Condition: { StringEquals: { "aws:username": "alice", "aws:PrincipalType": "User" } },
    });
    const outcome = check({
      authorizationType: "AWS_IAM",
      policy: byUser,
      iam: { principal: caller, identityDecision: "IMPLICIT_DENY" },
    });
    expect(outcome).toMatchObject({ allowed: true, resourceDecision: "ALLOW" });
  });

  it("refuses to run the after phase without the caller-side decision", () => {
    expect(() => check({ authorizationType: "AWS_IAM" })).toThrow("needs the IAM caller");
    expect(() => check({ authorizationType: "CUSTOM" })).toThrow("needs the authorizer's decision");
  });
});
