import { describe, expect, it } from "vitest";
import {
  toAuthorizerDraft,
  toAuthorizerFields,
  toAuthorizerPatch,
  toFunctionArn,
  toLambdaAuthorizerUri,
} from "@/app/_components/workbench/apis/authorizer-patch";
import { createMockApi, createTestControlPlane } from "../gateway/control/fixture";

const FUNCTION_ARN = "arn:aws:lambda:us-east-1:111111111111:function:auth";
const POOL_A = "arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_aaa";
const POOL_B = "arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_bbb";

describe("Lambda authorizer URI", () => {
  it("wraps the function ARN in the apigateway lambda path form and reads it back", () => {
    const uri = toLambdaAuthorizerUri(FUNCTION_ARN);
    expect(uri).toBe(
      "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations",
    );
    expect(toFunctionArn(uri)).toBe(FUNCTION_ARN);
    expect(toFunctionArn(undefined)).toBeUndefined();
  });
});

describe("authorizer fields", () => {
  it("keeps only the fields of the draft's type", () => {
    const draft = {
      ...toAuthorizerDraft(),
      name: "jwt",
      type: "COGNITO_USER_POOLS" as const,
      functionArn: FUNCTION_ARN,
    };
    expect(toAuthorizerFields({ ...draft, providerARNs: [POOL_A] })).toEqual({
      name: "jwt",
      type: "COGNITO_USER_POOLS",
      authorizerResultTtlInSeconds: 300,
      identitySource: "method.request.header.Authorization",
      providerARNs: [POOL_A],
    });
    const token = toAuthorizerFields({
      ...draft,
      type: "TOKEN",
      identityValidationExpression: "^Bearer .+$",
    });
    expect(token).toMatchObject({
      authorizerUri: toLambdaAuthorizerUri(FUNCTION_ARN),
      identityValidationExpression: "^Bearer .+$",
    });
    expect(token.providerARNs).toBeUndefined();
  });

  it("updates a Cognito authorizer through the engine: pools added and removed, TTL replaced", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const created = cp.createAuthorizer({
      restApiId,
      ...toAuthorizerFields({
        ...toAuthorizerDraft(),
        name: "jwt",
        type: "COGNITO_USER_POOLS",
        providerARNs: [POOL_A],
      }),
    });
    const draft = { ...toAuthorizerDraft(created), providerARNs: [POOL_B], ttl: "0" };
    const patch = toAuthorizerPatch(created, draft);
    expect(patch).toEqual([
      { op: "replace", path: "/authorizerResultTtlInSeconds", value: "0" },
      { op: "add", path: "/providerARNs/arn:aws:cognito-idp:us-east-1:111111111111:userpool~1us-east-1_bbb" },
      {
        op: "remove",
        path: "/providerARNs/arn:aws:cognito-idp:us-east-1:111111111111:userpool~1us-east-1_aaa",
      },
    ]);
    const updated = cp.updateAuthorizer({ restApiId, authorizerId: created.id, patchOperations: patch });
    expect(updated).toMatchObject({ providerARNs: [POOL_B], authorizerResultTtlInSeconds: 0 });
  });

  it("sends nothing when the draft is unchanged", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const created = cp.createAuthorizer({
      restApiId,
      ...toAuthorizerFields({ ...toAuthorizerDraft(), name: "lambda", functionArn: FUNCTION_ARN }),
    });
    expect(toAuthorizerPatch(created, toAuthorizerDraft(created))).toEqual([]);
  });
});
