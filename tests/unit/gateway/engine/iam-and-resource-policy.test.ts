import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import { createTestSandbox, type TestSandbox } from "./sandbox";

const MOCK = { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } };
const HOST = "api.execute-api.us-east-1.amazonaws.com";

async function signed(
  sb: TestSandbox,
  credentials: { accessKeyId: string; secretAccessKey: string },
  path: string,
) {
  const signer = new SignatureV4({
    service: "execute-api",
    region: "us-east-1",
    credentials,
    sha256: Sha256,
  });
  const request = await signer.sign(
    { method: "GET", protocol: "https:", hostname: HOST, path, headers: { host: HOST }, query: {} },
    { signingDate: new Date(sb.clock.now()) },
  );
  return Object.entries(request.headers) as Array<[string, string]>;
}

async function iamApi() {
  const sb = await createTestSandbox();
  const api = sb
    .api()
    .method("/secret", "GET", {
      authorizationType: "AWS_IAM",
      integration: MOCK,
      responses: {
        "200": { responseTemplates: { "application/json": '{"caller": "$context.identity.userArn"}' } },
      },
    })
    .deploy("dev");
  sb.iam.createUser("alice");
  const key = sb.iam.createAccessKey("alice");
  const credentials = { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey };
  return { sb, api, credentials };
}

describe("AWS_IAM methods", () => {
  it("answers 403 Missing Authentication Token to an unsigned request", async () => {
    const { sb, api } = await iamApi();
    const res = await sb.call(api.id, "GET", "/dev/secret", { headers: { host: HOST } });
    expect(res.response.statusCode).toBe(403);
    expect(res.text).toBe('{"message":"Missing Authentication Token"}');
  });

  it("refuses a valid signature from a user whose policies do not allow execute-api:Invoke", async () => {
    const { sb, api, credentials } = await iamApi();
    const res = await sb.call(api.id, "GET", "/dev/secret", {
      headers: await signed(sb, credentials, "/dev/secret"),
    });
    expect(res.response.statusCode).toBe(403);
    expect(res.header("x-amzn-ErrorType")).toBe("AccessDeniedException");
    expect(res.text).toContain(
      "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: execute-api:Invoke on resource:",
    );
  });

  it("lets an allowed, correctly signed caller through and fills $context.identity", async () => {
    const { sb, api, credentials } = await iamApi();
    sb.iam.putUserPolicy("alice", "invoke", {
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: "execute-api:Invoke",
          Resource: `arn:aws:execute-api:us-east-1:123456789012:${api.id}/*`,
        },
      ],
    });
    const res = await sb.call(api.id, "GET", "/dev/secret", {
      headers: await signed(sb, credentials, "/dev/secret"),
    });
    expect(res.response.statusCode).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ caller: "arn:aws:iam::123456789012:user/alice" });
  });

  it("rejects a tampered signature and a request signed more than 5 minutes ago", async () => {
    const { sb, api, credentials } = await iamApi();
    sb.iam.putUserPolicy("alice", "invoke", {
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "execute-api:Invoke", Resource: "*" }],
    });
    const headers = await signed(sb, credentials, "/dev/secret");
    const tampered = headers.map(
      ([n, v]) =>
        [n, n.toLowerCase() === "authorization" ? v.replace(/.$/, (c) => (c === "0" ? "1" : "0")) : v] as [
          string,
          string,
        ],
    );
    const bad = await sb.call(api.id, "GET", "/dev/secret", { headers: tampered });
    expect(bad.response.statusCode).toBe(403);
    expect(bad.text).toContain(
      "The request signature we calculated does not match the signature you provided.",
    );
    sb.clock.advance(6 * 60 * 1000);
    const late = await sb.call(api.id, "GET", "/dev/secret", { headers });
    expect(late.response.statusCode).toBe(403);
    expect(late.text).toContain("Signature expired");
  });
});

describe("resource policies", () => {
  it("refuses callers outside an allowed CIDR before anything else runs, and lets the others through", async () => {
    const sb = await createTestSandbox();
    const created = sb.cp.createRestApi({
      name: "private",
      policy: JSON.stringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Principal: "*", Action: "execute-api:Invoke", Resource: "execute-api:/*" },
          {
            Effect: "Deny",
            Principal: "*",
            Action: "execute-api:Invoke",
            Resource: "execute-api:/*",
            Condition: { NotIpAddress: { "aws:SourceIp": "203.0.113.0/24" } },
          },
        ],
      }),
    });
    const root = created.rootResourceId;
    sb.cp.putMethod({
      restApiId: created.id,
      resourceId: root,
      httpMethod: "GET",
      authorizationType: "NONE",
    });
    sb.cp.putIntegration({ restApiId: created.id, resourceId: root, httpMethod: "GET", ...MOCK });
    sb.cp.putMethodResponse({
      restApiId: created.id,
      resourceId: root,
      httpMethod: "GET",
      statusCode: "200",
    });
    sb.cp.putIntegrationResponse({
      restApiId: created.id,
      resourceId: root,
      httpMethod: "GET",
      statusCode: "200",
    });
    sb.cp.createDeployment({ restApiId: created.id, stageName: "dev" });
    const inside = await sb.call(created.id, "GET", "/dev/");
    expect(inside.response.statusCode).toBe(200); // the test sandbox calls from 203.0.113.7
    const outside = await sb.dataPlane.invoke({
      apiId: created.id,
      method: "GET",
      path: "/dev/",
      query: "",
      headers: [],
      body: null,
      sourceIp: "198.51.100.9",
    });
    expect(outside.response.statusCode).toBe(403);
    const body = typeof outside.response.body === "string" ? outside.response.body : "";
    expect(body).toContain("User: anonymous is not authorized to perform: execute-api:Invoke on resource:");
    expect(outside.trace.find((t) => t.decisive)?.stage).toBe("checkResourcePolicy");
  });
});
