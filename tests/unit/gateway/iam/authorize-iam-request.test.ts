import { describe, expect, it } from "vitest";
import { AccessDeniedError, MissingAuthenticationTokenError } from "@/lib/gateway/errors";
import type { AuthSlot } from "@/lib/gateway/pipeline/context";
import {
  authenticateIamRequest,
  authorizeIamRequest,
  expandExecuteApiResource,
  toMethodArn,
  type AuthorizeIamRequestInput,
  type SignableRequest,
} from "@/lib/gateway/iam";
import { ACCOUNT, createSandboxIam, NOW, REGION, signWithSdk } from "./sigv4-test-helpers";

const METHOD_ARN = toMethodArn({
  region: REGION,
  accountId: ACCOUNT,
  apiId: "abc123",
  stage: "prod",
  httpMethod: "GET",
  path: "/pets/1",
});
const facts = { sourceIp: "192.0.2.10", now: NOW };
const invoke = (Effect: string, Resource: string, extra = {}) => ({
  Version: "2012-10-17",
  Statement: [{ Effect, Action: "execute-api:Invoke", Resource, ...extra }],
});

function setup() {
  const sandbox = createSandboxIam();
  const input = (request: SignableRequest, policy?: string): AuthorizeIamRequestInput => ({
    request,
    iam: sandbox.iam,
    region: REGION,
    methodArn: METHOD_ARN,
    facts,
    policy,
    accountId: ACCOUNT,
  });
  return { ...sandbox, input };
}

async function denial(promise: Promise<unknown>): Promise<string | null | undefined> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AccessDeniedError) return error.gatewayMessage;
    throw error;
  }
  throw new Error("expected an AccessDeniedError");
}

describe("method ARNs", () => {
  it("builds the execute-api:Invoke resource from the actual request path", () => {
    expect(METHOD_ARN).toBe("arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/1");
    expect(
      toMethodArn({
        region: "cn-north-1",
        accountId: ACCOUNT,
        apiId: "a",
        stage: "s",
        httpMethod: "GET",
        path: "/",
      }),
    ).toBe("arn:aws-cn:execute-api:cn-north-1:123456789012:a/s/GET/");
    expect(expandExecuteApiResource("execute-api:/prod/*", METHOD_ARN)).toBe(
      "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/*",
    );
    expect(expandExecuteApiResource("arn:aws:s3:::b/*", METHOD_ARN)).toBe("arn:aws:s3:::b/*");
  });
});

describe("authorizeIamRequest: SigV4, identity policies and the resource policy", () => {
  it("authorizes alice when her identity policy allows, and fills $context.identity", async () => {
    const { iam, alice, input } = setup();
    iam.putUserPolicy(
      "alice",
      "invoke",
      invoke("Allow", "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/*"),
    );
    const result = await authorizeIamRequest(input(await signWithSdk({ path: "/prod/pets/1" }, alice)));
    const userId = iam.getUser("alice").userId;
    expect(result.identity).toEqual({
      accountId: ACCOUNT,
      caller: userId,
      user: userId,
      userArn: "arn:aws:iam::123456789012:user/alice",
      accessKey: alice.accessKeyId,
      principalOrgId: null,
    });
    const slot: AuthSlot = { identity: result.identity };
    expect(slot.identity?.userArn).toBe("arn:aws:iam::123456789012:user/alice");
    expect([result.identityDecision, result.resourcePolicy.allowed]).toEqual(["ALLOW", true]);
  });

  it("returns 403 with the user's ARN when no identity policy allows", async () => {
    const { alice, input } = setup();
    expect(await denial(authorizeIamRequest(input(await signWithSdk({ path: "/prod/pets/1" }, alice))))).toBe(
      "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: execute-api:Invoke on resource: " +
        "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/1 because no identity-based policy allows the execute-api:Invoke action",
    );
  });

  it("returns 403 ... with an explicit deny when a Deny matches", async () => {
    const { iam, alice, input } = setup();
    iam.putUserPolicy("alice", "all", invoke("Allow", "*"));
    iam.putUserPolicy("alice", "no-pets", invoke("Deny", "arn:aws:execute-api:*:*:abc123/*/GET/pets/*"));
    expect(await denial(authorizeIamRequest(input(await signWithSdk({ path: "/prod/pets/1" }, alice))))).toBe(
      "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: execute-api:Invoke on resource: " +
        "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets/1 with an explicit deny",
    );
  });

  it("authorizes a same-account caller the resource policy allows, without any identity policy (Table A)", async () => {
    const { alice, input } = setup();
    const policy = JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::123456789012:user/alice" },
          Action: "execute-api:Invoke",
          Resource: "execute-api:/prod/*",
        },
      ],
    });
    const result = await authorizeIamRequest(
      input(await signWithSdk({ path: "/prod/pets/1" }, alice), policy),
    );
    expect(result.resourcePolicy.combined).toEqual({ decision: "ALLOW" });
  });

  it("evaluates identity-policy conditions on the request (aws:SourceIp)", async () => {
    const { iam, alice, input } = setup();
    iam.putUserPolicy(
      "alice",
      "office",
      invoke("Allow", "*", { Condition: { IpAddress: { "aws:SourceIp": "192.0.2.0/24" } } }),
    );
    const request = await signWithSdk({ path: "/prod/pets/1" }, alice);
    expect((await authorizeIamRequest(input(request))).identityDecision).toBe("ALLOW");
    const elsewhere = { ...input(request), facts: { ...facts, sourceIp: "203.0.113.5" } };
    expect(await denial(authorizeIamRequest(elsewhere))).toContain("because no identity-based policy allows");
  });

  it("identifies an assumed-role session by its role id and session name", async () => {
    const { iam, input } = setup();
    const role = iam.createRole("reader");
    iam.putRolePolicy("reader", "invoke", invoke("Allow", "*"));
    const session = iam.assumeRole({ roleName: "reader", roleSessionName: "lambda-1" });
    const result = await authorizeIamRequest(input(await signWithSdk({ path: "/prod/pets/1" }, session)));
    expect(result.identity).toEqual({
      accountId: ACCOUNT,
      caller: `${role.roleId}:lambda-1`,
      user: `${role.roleId}:lambda-1`,
      userArn: "arn:aws:sts::123456789012:assumed-role/reader/lambda-1",
      accessKey: session.accessKeyId,
      principalOrgId: null,
    });
  });

  it("throws 403 Missing Authentication Token for an unsigned request", async () => {
    const { input } = setup();
    const request = { method: "GET", path: "/prod/pets/1", query: "", headers: [], body: null };
    await expect(authorizeIamRequest(input(request))).rejects.toBeInstanceOf(MissingAuthenticationTokenError);
  });

  it("authenticateIamRequest alone reports the identity decision without deciding", async () => {
    const { alice, input } = setup();
    const result = await authenticateIamRequest(input(await signWithSdk({ path: "/prod/pets/1" }, alice)));
    expect([result.identityDecision, result.principal.arn]).toEqual([
      "IMPLICIT_DENY",
      "arn:aws:iam::123456789012:user/alice",
    ]);
  });
});
