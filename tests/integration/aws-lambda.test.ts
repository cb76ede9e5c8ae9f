import { strToU8, zipSync } from "fflate";
import {
  APIGatewayClient,
  CreateDeploymentCommand,
  CreateResourceCommand,
  CreateRestApiCommand,
  PutIntegrationCommand,
  PutMethodCommand,
} from "@aws-sdk/client-api-gateway";
import {
  AddPermissionCommand,
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  GetPolicyCommand,
  InvokeCommand,
  LambdaClient,
  ListFunctionsCommand,
  ResourceConflictException,
  ResourceNotFoundException,
  UpdateFunctionCodeCommand,
} from "@aws-sdk/client-lambda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxWithCredentials, type SandboxCredentials } from "@/lib/data/sandbox-provisioning";
import { getSandboxOrThrow } from "@/lib/data/sandboxes";
import { startAwsFrontDoor, type AwsFrontDoor } from "../helpers/aws-front-door";
import { createUser } from "../helpers/factories";

let frontDoor: AwsFrontDoor;
let base = "";
let creds: SandboxCredentials;

const ROLE = "arn:aws:iam::123456789012:role/lambda-basic";
const clientConfig = (service: "lambda" | "apigateway") => ({
  endpoint: `${base}/aws/${creds.sandboxId}/${service}`,
  region: "us-east-1",
  credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey },
  maxAttempts: 1,
});
const zip = (files: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
const text = (payload: Uint8Array | undefined) => new TextDecoder().decode(payload);

beforeAll(async () => {
  const user = await createUser();
  creds = await createSandboxWithCredentials(user.id, "lambda-sdk");
  frontDoor = await startAwsFrontDoor();
  base = frontDoor.base;
});
afterAll(() => frontDoor.close());

describe("the Lambda API with the official SDK", () => {
  it("creates from a zip, invokes, updates the code, grants, lists, deletes, then GetFunction raises 404", async () => {
    const lambda = new LambdaClient(clientConfig("lambda"));
    const created = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: "sdk-hello",
        Role: ROLE,
        Runtime: "nodejs20.x",
        Handler: "index.handler",
        Code: {
          ZipFile: zip({ "index.mjs": "export const handler = async (e) => ({ v: 1, name: e.name });" }),
        },
      }),
    );
    expect(created).toMatchObject({ FunctionName: "sdk-hello", State: "Pending", Version: "$LATEST" });

    const first = await lambda.send(
      new InvokeCommand({
        FunctionName: "sdk-hello",
        Payload: JSON.stringify({ name: "ada" }),
        LogType: "Tail",
      }),
    );
    expect([first.StatusCode, first.ExecutedVersion, first.FunctionError]).toEqual([
      200,
      "$LATEST",
      undefined,
    ]);
    expect(JSON.parse(text(first.Payload))).toEqual({ v: 1, name: "ada" });
    expect(Buffer.from(first.LogResult ?? "", "base64").toString()).toMatch(
      /^START RequestId: .* Version: \$LATEST/,
    );

    await lambda.send(
      new UpdateFunctionCodeCommand({
        FunctionName: "sdk-hello",
        ZipFile: zip({ "index.js": "exports.handler = async () => { throw new Error('v2 fails'); };" }),
      }),
    );
    const second = await lambda.send(new InvokeCommand({ FunctionName: "sdk-hello" }));
    expect([second.StatusCode, second.FunctionError]).toEqual([200, "Unhandled"]);
    expect(JSON.parse(text(second.Payload))).toMatchObject({ errorType: "Error", errorMessage: "v2 fails" });

    const granted = await lambda.send(
      new AddPermissionCommand({
        FunctionName: "sdk-hello",
        StatementId: "apigw",
        Action: "lambda:InvokeFunction",
        Principal: "apigateway.amazonaws.com",
      }),
    );
    expect(JSON.parse(granted.Statement ?? "{}")).toMatchObject({ Sid: "apigw", Effect: "Allow" });
    await expect(
      lambda.send(
        new AddPermissionCommand({
          FunctionName: "sdk-hello",
          StatementId: "apigw",
          Action: "lambda:InvokeFunction",
          Principal: "*",
        }),
      ),
    ).rejects.toBeInstanceOf(ResourceConflictException);
    const policy = await lambda.send(new GetPolicyCommand({ FunctionName: "sdk-hello" }));
    expect(JSON.parse(policy.Policy ?? "{}").Statement).toHaveLength(1);

    const listed = await lambda.send(new ListFunctionsCommand({}));
    expect(listed.Functions?.map((f) => f.FunctionName)).toContain("sdk-hello");

    const deleted = await lambda.send(new DeleteFunctionCommand({ FunctionName: "sdk-hello" }));
    expect(deleted.$metadata.httpStatusCode).toBe(204);
    const missing = await lambda
      .send(new GetFunctionCommand({ FunctionName: "sdk-hello" }))
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(ResourceNotFoundException);
    expect((missing as ResourceNotFoundException).message).toBe(
      "Function not found: arn:aws:lambda:us-east-1:123456789012:function:sdk-hello",
    );
  });

  it("serves an API Gateway AWS_PROXY integration to a function created through the Lambda client", async () => {
    const lambda = new LambdaClient(clientConfig("lambda"));
    const fn = await lambda.send(
      new CreateFunctionCommand({
        FunctionName: "sdk-proxy",
        Role: ROLE,
        Runtime: "nodejs22.x",
        Handler: "src/app.handler",
        Code: {
          ZipFile: zip({
            "src/app.mjs":
              "export const handler = async (e) => ({ statusCode: 200, headers: { 'x-from': 'lambda' }, body: JSON.stringify({ path: e.path, method: e.httpMethod }) });",
          }),
        },
      }),
    );
    const apigw = new APIGatewayClient(clientConfig("apigateway"));
    const api = await apigw.send(new CreateRestApiCommand({ name: "proxy-to-lambda" }));
    const hello = await apigw.send(
      new CreateResourceCommand({ restApiId: api.id, parentId: api.rootResourceId, pathPart: "hello" }),
    );
    await apigw.send(
      new PutMethodCommand({
        restApiId: api.id,
        resourceId: hello.id,
        httpMethod: "GET",
        authorizationType: "NONE",
      }),
    );
    await apigw.send(
      new PutIntegrationCommand({
        restApiId: api.id,
        resourceId: hello.id,
        httpMethod: "GET",
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${fn.FunctionArn}/invocations`,
      }),
    );
    await apigw.send(new CreateDeploymentCommand({ restApiId: api.id, stageName: "prod" }));

    const res = await fetch(`${base}/execute-api/${api.id}/prod/hello`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-from")).toBe("lambda");
    expect(await res.json()).toEqual({ path: "/hello", method: "GET" });

    // CreateFunction was saved with the sandbox before its answer went out.
    const stored = (await getSandboxOrThrow(creds.sandboxId)).state as {
      functions: Array<{ functionName: string; handler: string; lambdaApi?: { role: string } }>;
    };
    expect(stored.functions.find((f) => f.functionName === "sdk-proxy")).toMatchObject({
      handler: "src/app.handler",
      lambdaApi: { role: ROLE },
    });
  });

  it("refuses a request signed with the wrong secret with 403", async () => {
    const lambda = new LambdaClient({
      ...clientConfig("lambda"),
      credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: "x".repeat(40) },
    });
    await expect(lambda.send(new ListFunctionsCommand({}))).rejects.toMatchObject({
      $metadata: { httpStatusCode: 403 },
    });
  });
});
