import {
  APIGatewayServiceException,
  BadRequestException,
  ConflictException,
  CreateApiKeyCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  DeleteRestApiCommand,
  GetResourcesCommand,
  GetRestApiCommand,
  NotFoundException,
} from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACCOUNT_ID, startSdkEndpoint, type SdkEndpoint } from "./sdk-endpoint";

async function caught(run: () => Promise<unknown>): Promise<APIGatewayServiceException> {
  try {
    await run();
  } catch (error) {
    if (error instanceof APIGatewayServiceException) return error;
    throw error;
  }
  throw new Error("expected the command to fail");
}

describe("AWS exceptions raised by the SDK from the endpoint's REST-JSON errors", () => {
  let endpoint: SdkEndpoint;
  beforeAll(async () => {
    endpoint = await startSdkEndpoint();
  });
  afterAll(() => endpoint.close());

  it("raises NotFoundException (404) with AWS's message for an unknown REST API id", async () => {
    const error = await caught(() =>
      endpoint.client.send(new GetRestApiCommand({ restApiId: "nosuchapi1" })),
    );
    expect(error).toBeInstanceOf(NotFoundException);
    expect(error.name).toBe("NotFoundException");
    expect(error.message).toBe(`Invalid API identifier specified ${ACCOUNT_ID}:nosuchapi1`);
    expect(error.$metadata.httpStatusCode).toBe(404);
  });

  it("raises BadRequestException (400) for CreateApiKey with a 19-character value", async () => {
    const error = await caught(() =>
      endpoint.client.send(new CreateApiKeyCommand({ name: "short", value: "a".repeat(19) })),
    );
    expect(error).toBeInstanceOf(BadRequestException);
    expect(error.message).toBe("API Key value should be at least 20 characters");
    expect(error.$metadata.httpStatusCode).toBe(400);
  });

  it("raises ConflictException (409) for a second resource with the same path part", async () => {
    const { client } = endpoint;
    const api = await client.send(new CreateRestApiCommand({ name: "dupes" }));
    const restApiId = api.id ?? "";
    const rootId = (await client.send(new GetResourcesCommand({ restApiId }))).items?.[0]?.id ?? "";
    await client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: "pets" }));
    const error = await caught(() =>
      client.send(new CreateResourceCommand({ restApiId, parentId: rootId, pathPart: "pets" })),
    );
    expect(error).toBeInstanceOf(ConflictException);
    expect(error.message).toBe("Another resource with the same parent already has this name: pets");
    expect(error.$metadata.httpStatusCode).toBe(409);
  });

  it("deletes a REST API with 202 and then answers NotFoundException for it", async () => {
    const api = await endpoint.client.send(new CreateRestApiCommand({ name: "short-lived" }));
    const deleted = await endpoint.client.send(new DeleteRestApiCommand({ restApiId: api.id ?? "" }));
    expect(deleted.$metadata.httpStatusCode).toBe(202);
    const error = await caught(() =>
      endpoint.client.send(new GetRestApiCommand({ restApiId: api.id ?? "" })),
    );
    expect(error).toBeInstanceOf(NotFoundException);
  });
});
