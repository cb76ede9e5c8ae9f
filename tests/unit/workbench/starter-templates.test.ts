import { describe, expect, it } from "vitest";
import { SAMPLE_EVENTS } from "@/app/_components/workbench/lambda/sample-events";
import { STARTER_TEMPLATES } from "@/app/_components/workbench/lambda/starter-templates";
import { SeededRandom, VirtualClock } from "@/lib/gateway/ports";
import { createLambdaRuntime, type LambdaServices } from "@/lib/gateway/runtime";

function templateCode(id: string): string {
  const template = STARTER_TEMPLATES.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template.code;
}

function sample(id: string): Record<string, unknown> {
  return SAMPLE_EVENTS.find((candidate) => candidate.id === id)?.event as Record<string, unknown>;
}

/** Deploys one template in the simulator's runtime and invokes it with `event`. */
async function run(id: string, event: unknown, services?: LambdaServices) {
  const runtime = await createLambdaRuntime({
    clock: new VirtualClock(),
    random: new SeededRandom(3),
    ...(services ? { services } : {}),
  });
  const environment = STARTER_TEMPLATES.find((t) => t.id === id)?.environment ?? {};
  runtime.deployFunction({ functionName: id, code: templateCode(id), environment });
  const result = await runtime.invoke(id, JSON.stringify(event));
  return { ...result, body: JSON.parse(result.payload) as Record<string, unknown> };
}

const PROXY_SHAPE = { statusCode: 200, headers: { "content-type": "application/json" } };

describe("starter templates, run in the simulator's Lambda runtime", () => {
  it("Hello answers a Lambda proxy response with a JSON body", async () => {
    const result = await run("hello", sample("rest-proxy"));
    expect(result.functionError).toBeUndefined();
    expect(result.body).toEqual({ ...PROXY_SHAPE, body: JSON.stringify({ message: "Hello from Lambda" }) });
  });

  it("Echo answers the event it received inside a proxy response", async () => {
    const result = await run("echo", sample("rest-proxy"));
    expect(result.body).toMatchObject(PROXY_SHAPE);
    expect(JSON.parse(result.body.body as string).event).toEqual(sample("rest-proxy"));
  });

  it("the TOKEN authorizer allows the stage for 'allow', denies for 'deny' and fails Unauthorized otherwise", async () => {
    const allowed = await run("token-authorizer", sample("token"));
    expect(allowed.body).toMatchObject({
      principalId: "user-123",
      policyDocument: {
        Version: "2012-10-17",
        Statement: [
          {
            Action: "execute-api:Invoke",
            Effect: "Allow",
            Resource: "arn:aws:execute-api:us-east-1:123456789012:abc123def4/test/*",
          },
        ],
      },
    });
    const denied = await run("token-authorizer", { ...sample("token"), authorizationToken: "Bearer deny" });
    expect(denied.body).toMatchObject({ policyDocument: { Statement: [{ Effect: "Deny" }] } });
    const refused = await run("token-authorizer", { ...sample("token"), authorizationToken: "nope" });
    expect(refused.functionError).toBe("Unhandled");
    expect(refused.body.errorMessage).toBe("Unauthorized");
  });

  it("the REQUEST authorizer allows a caller with x-client-id and refuses one without", async () => {
    const allowed = await run("request-authorizer", sample("request"));
    expect(allowed.body).toMatchObject({
      principalId: "mobile-app",
      policyDocument: { Statement: [{ Effect: "Allow" }] },
      context: { clientId: "mobile-app", stage: "test" },
    });
    const refused = await run("request-authorizer", { ...sample("request"), headers: {} });
    expect(refused.body.errorMessage).toBe("Unauthorized");
  });

  it("the DynamoDB reader gets the item named by the path parameter from TABLE_NAME", async () => {
    const calls: unknown[] = [];
    const services: LambdaServices = {
      call(request) {
        calls.push([request.service, request.operation, request.input]);
        return { Item: { id: { S: "42" }, name: { S: "Rex" } } };
      },
    };
    const result = await run("dynamodb-read", sample("rest-proxy"), services);
    expect(calls).toEqual([["dynamodb", "GetItem", { TableName: "items", Key: { id: { S: "42" } } }]]);
    expect(result.body).toEqual({ ...PROXY_SHAPE, body: JSON.stringify({ id: "42", name: "Rex" }) });
  });

  it("the DynamoDB reader answers 404 for a missing item and 400 without an id", async () => {
    const empty: LambdaServices = { call: () => ({}) };
    expect((await run("dynamodb-read", sample("rest-proxy"), empty)).body.statusCode).toBe(404);
    expect((await run("dynamodb-read", { pathParameters: null }, empty)).body.statusCode).toBe(400);
  });
});
