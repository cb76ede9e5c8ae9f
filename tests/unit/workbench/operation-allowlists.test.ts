import { describe, expect, it } from "vitest";
import { COGNITO_OPERATIONS as ENGINE_COGNITO_OPERATIONS } from "@/lib/gateway/cognito";
import { CONTROL_OPERATIONS } from "@/lib/gateway/control/control-operations";
import { APIGATEWAY_OPERATIONS, apiGatewayRunner } from "@/lib/workbench/apigateway-runner";
import { COGNITO_OPERATIONS, cognitoRunner } from "@/lib/workbench/cognito-runner";
import { SANDBOX_SERVICES } from "@/lib/workbench/sandbox-services";

describe("the workbench's operation allowlists", () => {
  it("offers every control-plane operation except the data plane's internal hooks", () => {
    const internal = ["findApiKeyForRequest", "recordQuotaUsage", "quotaUsageSnapshot", "getRestApiSnapshot"];
    const expected = Object.keys(CONTROL_OPERATIONS).filter((name) => !internal.includes(name));
    // A new control-plane operation fails this test until it is allowlisted (or listed as internal).
    expect([...APIGATEWAY_OPERATIONS].sort()).toEqual(expected.sort());
  });

  it("offers every Cognito API action the engine has, but not its OAuth endpoints", () => {
    const endpoints = ["requestToken", "signInWithManagedLogin"];
    const expected = Object.keys(ENGINE_COGNITO_OPERATIONS).filter((name) => !endpoints.includes(name));
    expect([...COGNITO_OPERATIONS].sort()).toEqual(expected.sort());
  });

  it("saves after everything but reads", () => {
    expect(apiGatewayRunner.isReadOnly("getRestApis")).toBe(true);
    expect(apiGatewayRunner.isReadOnly("createDeployment")).toBe(false);
    expect(apiGatewayRunner.isReadOnly("flushStageCache")).toBe(false);
    expect(cognitoRunner.isReadOnly("adminGetUser")).toBe(true);
    expect(cognitoRunner.isReadOnly("listUsers")).toBe(true);
    // Sign-in stores refresh tokens and sessions.
    expect(cognitoRunner.isReadOnly("adminInitiateAuth")).toBe(false);
    expect(SANDBOX_SERVICES.iam.isReadOnly("listAccessKeys")).toBe(true);
    expect(SANDBOX_SERVICES.iam.isReadOnly("createAccessKey")).toBe(false);
  });

  it("names the services the operations route accepts", () => {
    expect(Object.keys(SANDBOX_SERVICES)).toEqual(["apigateway", "cognito-idp", "iam", "lambda"]);
  });
});

describe("the workbench's Lambda operations", () => {
  it("are the Lambda API's actions, camel-cased, and save after everything but reads", () => {
    const lambda = SANDBOX_SERVICES.lambda;
    expect([...lambda.operations].sort()).toEqual([
      "addPermission",
      "createFunction",
      "deleteFunction",
      "getFunction",
      "getFunctionConfiguration",
      "getPolicy",
      "invoke",
      "listFunctions",
      "removePermission",
      "updateFunctionCode",
      "updateFunctionConfiguration",
    ]);
    expect(lambda.isReadOnly("listFunctions")).toBe(true);
    expect(lambda.isReadOnly("getFunction")).toBe(true);
    // A function may write to the simulated services (DynamoDB...): its sandbox is saved.
    expect(lambda.isReadOnly("invoke")).toBe(false);
    expect(lambda.isReadOnly("createFunction")).toBe(false);
  });
});
