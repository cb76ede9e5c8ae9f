import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateRestApiCommand,
  GetRestApisCommand,
  NotFoundException,
  PutIntegrationCommand,
  PutIntegrationResponseCommand,
  PutMethodCommand,
  PutMethodResponseCommand,
} from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSandboxWithCredentials,
  sandboxCredentialsFor,
  type SandboxCredentials,
} from "@/lib/data/sandbox-provisioning";
import { startAwsFrontDoor, type AwsFrontDoor } from "../helpers/aws-front-door";
import { createUser } from "../helpers/factories";

let frontDoor: AwsFrontDoor;
let base = "";
let creds: SandboxCredentials;
let userId = "";

const client = (c: SandboxCredentials, secret = c.secretAccessKey) =>
  new APIGatewayClient({
    endpoint: `${base}/aws/${c.sandboxId}/apigateway`,
    region: "us-east-1",
    credentials: { accessKeyId: c.accessKeyId, secretAccessKey: secret },
    maxAttempts: 1,
  });

beforeAll(async () => {
  const user = await createUser();
  userId = user.id;
  creds = await createSandboxWithCredentials(user.id, "sdk");
  frontDoor = await startAwsFrontDoor();
  base = frontDoor.base;
});
afterAll(() => frontDoor.close());

describe("the AWS-compatible control plane with the official SDK", () => {
  it("builds and deploys an API through SigV4-signed SDK calls, then serves it at its invoke URL", async () => {
    const sdk = client(creds);
    const api = await sdk.send(new CreateRestApiCommand({ name: "from-the-sdk" }));
    const root = api.rootResourceId!;
    await sdk.send(
      new PutMethodCommand({
        restApiId: api.id,
        resourceId: root,
        httpMethod: "GET",
        authorizationType: "NONE",
      }),
    );
    await sdk.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: root,
        httpMethod: "GET",
        type: "MOCK",
        requestTemplates: { "application/json": '{"statusCode": 200}' },
      }),
    );
    await sdk.send(
      new PutMethodResponseCommand({
        restApiId: api.id,
        resourceId: root,
        httpMethod: "GET",
        statusCode: "200",
      }),
    );
    await sdk.send(
      new PutIntegrationResponseCommand({
        restApiId: api.id,
        resourceId: root,
        httpMethod: "GET",
        statusCode: "200",
        responseTemplates: { "application/json": '{"built": "with the SDK"}' },
      }),
    );
    await sdk.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "dev" }));
    const listed = await sdk.send(new GetRestApisCommand({}));
    expect(listed.items?.map((a) => a.name)).toContain("from-the-sdk");

    const res = await fetch(`${base}/execute-api/${api.id}/dev/`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ built: "with the SDK" });
  });

  it("raises AWS's exception classes", async () => {
    await expect(
      client(creds)
        .send(new GetRestApisCommand({ limit: 1 }))
        .then(() => "ok"),
    ).resolves.toBe("ok");
    const { GetRestApiCommand } = await import("@aws-sdk/client-api-gateway");
    await expect(
      client(creds).send(new GetRestApiCommand({ restApiId: "nosuchapi1" })),
    ).rejects.toBeInstanceOf(NotFoundException);
  });

  it("refuses a wrong secret and an unknown sandbox with 403", async () => {
    await expect(client(creds, "x".repeat(40)).send(new GetRestApisCommand({}))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
    await expect(
      client({ ...creds, sandboxId: "no-such-sandbox" }).send(new GetRestApisCommand({})),
    ).rejects.toMatchObject({ $metadata: { httpStatusCode: 403 } });
  });

  it("gives the same credentials back for the user's sandbox", async () => {
    expect(await sandboxCredentialsFor(userId)).toEqual(creds);
  });
});
