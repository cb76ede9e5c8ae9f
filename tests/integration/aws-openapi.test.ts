import {
  APIGatewayClient,
  BadRequestException,
  CreateDeploymentCommand,
  FlushStageAuthorizersCacheCommand,
  FlushStageCacheCommand,
  GetExportCommand,
  GetResourcesCommand,
  ImportRestApiCommand,
  PutRestApiCommand,
  TestInvokeMethodCommand,
} from "@aws-sdk/client-api-gateway";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxWithCredentials, type SandboxCredentials } from "@/lib/data/sandbox-provisioning";
import { startAwsFrontDoor, type AwsFrontDoor } from "../helpers/aws-front-door";
import { createUser } from "../helpers/factories";

let frontDoor: AwsFrontDoor;
let base = "";
let creds: SandboxCredentials;

const client = () =>
  new APIGatewayClient({
    endpoint: `${base}/aws/${creds.sandboxId}/apigateway`,
    region: "us-east-1",
    credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey },
    maxAttempts: 1,
  });

const PETS_YAML = `openapi: 3.0.1
info:
  title: pets-from-yaml
  version: "1.0"
paths:
  /pets/{petId}:
    get:
      operationId: GetPet
      responses:
        "200":
          description: a pet
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Pet"
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '{"id": "$input.params(''petId'')"}'
components:
  schemas:
    Pet:
      type: object
      properties:
        id:
          type: string
`;

const encode = (text: string) => new TextEncoder().encode(text);

beforeAll(async () => {
  const user = await createUser();
  creds = await createSandboxWithCredentials(user.id, "openapi");
  frontDoor = await startAwsFrontDoor();
  base = frontDoor.base;
});
afterAll(() => frontDoor.close());

describe("OpenAPI import and export through the official SDK", () => {
  let restApiId = "";
  let petResourceId = "";

  it("imports a YAML definition as a Regional API that serves once deployed", async () => {
    const sdk = client();
    const api = await sdk.send(
      new ImportRestApiCommand({
        body: encode(PETS_YAML),
        parameters: { endpointConfigurationTypes: "REGIONAL" },
      }),
    );
    expect(api.$metadata.httpStatusCode).toBe(201);
    expect(api.name).toBe("pets-from-yaml");
    expect(api.endpointConfiguration?.types).toEqual(["REGIONAL"]);
    expect(api.warnings).toBeUndefined();
    restApiId = api.id ?? "";
    const resources = await sdk.send(new GetResourcesCommand({ restApiId }));
    petResourceId = resources.items?.find((r) => r.path === "/pets/{petId}")?.id ?? "";
    expect(petResourceId).not.toBe("");

    await sdk.send(new CreateDeploymentCommand({ restApiId, stageName: "dev" }));
    const res = await fetch(`${base}/execute-api/${restApiId}/dev/pets/42`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ id: "42" });
  });

  it("returns warnings with the API, and refuses them with failOnWarnings", async () => {
    const sdk = client();
    const withCookie = PETS_YAML.replace(
      "operationId: GetPet",
      "operationId: GetPet\n      parameters:\n        - name: s\n          in: cookie",
    );
    const warned = await sdk.send(new ImportRestApiCommand({ body: encode(withCookie) }));
    expect(warned.warnings).toEqual([
      "paths.'/pets/{petId}'(get).parameters.s: parameters in cookie are not supported; ignored",
    ]);
    const refused = sdk.send(new ImportRestApiCommand({ body: encode(withCookie), failOnWarnings: true }));
    await expect(refused).rejects.toBeInstanceOf(BadRequestException);
    await expect(refused).rejects.toMatchObject({
      message: expect.stringMatching(/^Warnings found during import:/),
    });
  });

  it("reports where an invalid definition is wrong", async () => {
    const broken = client().send(
      new ImportRestApiCommand({ body: encode('{\n  "openapi": "3.0.1",\n  oops\n}') }),
    );
    await expect(broken).rejects.toBeInstanceOf(BadRequestException);
    await expect(broken).rejects.toMatchObject({
      message: expect.stringMatching(/^Invalid OpenAPI input\. Invalid JSON at line 3, column 3: /),
    });
  });

  it("exports the stage as YAML and imports the export into an identical API", async () => {
    const sdk = client();
    const exported = await sdk.send(
      new GetExportCommand({
        restApiId,
        stageName: "dev",
        exportType: "oas30",
        accepts: "application/yaml",
        parameters: { extensions: "apigateway" },
      }),
    );
    expect(exported.contentType).toBe("application/yaml");
    expect(exported.contentDisposition).toMatch(/^attachment; filename="oas30_.+\.yaml"$/);
    const text = new TextDecoder().decode(exported.body);
    expect(text).toContain("x-amazon-apigateway-integration:");
    expect(text).toContain(`url: https://${restApiId}.execute-api.us-east-1.amazonaws.com/{basePath}`);

    const copy = await sdk.send(new ImportRestApiCommand({ body: encode(text), failOnWarnings: true }));
    const shape = async (id: string) =>
      (await sdk.send(new GetResourcesCommand({ restApiId: id, embed: ["methods"] }))).items
        ?.map((r) => ({
          path: r.path,
          get: {
            ...r.resourceMethods?.GET,
            methodIntegration: { ...r.resourceMethods?.GET?.methodIntegration, cacheNamespace: "-" },
          },
        }))
        .sort((a, b) => (a.path ?? "").localeCompare(b.path ?? ""));
    expect(await shape(copy.id ?? "")).toEqual(await shape(restApiId));
  });

  it("merges a definition into the API with PutRestApi", async () => {
    const sdk = client();
    const extra = PETS_YAML.replace("/pets/{petId}:", "/owners:").replace("GetPet", "ListOwners");
    const put = await sdk.send(new PutRestApiCommand({ restApiId, mode: "merge", body: encode(extra) }));
    expect(put.$metadata.httpStatusCode).toBe(200);
    const paths = (await sdk.send(new GetResourcesCommand({ restApiId }))).items?.map((r) => r.path).sort();
    expect(paths).toEqual(["/", "/owners", "/pets", "/pets/{petId}"]);
  });

  it("test-invokes a method's current configuration with its execution log", async () => {
    const result = await client().send(
      new TestInvokeMethodCommand({
        restApiId,
        resourceId: petResourceId,
        httpMethod: "GET",
        pathWithQueryString: "/pets/7",
        headers: { Accept: "application/json" },
      }),
    );
    expect(result.status).toBe(200);
    expect(JSON.parse(result.body ?? "")).toEqual({ id: "7" });
    expect(result.headers).toEqual({ "Content-Type": "application/json" });
    expect(result.log).toMatch(/^Execution log for request [0-9a-f-]{36}\n/);
    expect(result.log).toMatch(/ : Method completed with status: 200\n$/);
    expect(typeof result.latency).toBe("number");
  });

  it("flushes the stage's cache and authorizer cache", async () => {
    const sdk = client();
    const data = await sdk.send(new FlushStageCacheCommand({ restApiId, stageName: "dev" }));
    const authorizers = await sdk.send(
      new FlushStageAuthorizersCacheCommand({ restApiId, stageName: "dev" }),
    );
    expect([data.$metadata.httpStatusCode, authorizers.$metadata.httpStatusCode]).toEqual([202, 202]);
  });
});
