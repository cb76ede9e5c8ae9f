import { describe, expect, it } from "vitest";
import { toImportPlan } from "@/lib/gateway/openapi";
import { oas30 } from "./fixture";

const LAMBDA_URI =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:111111111111:function:auth/invocations";

const SCHEMES = {
  Token: {
    type: "apiKey",
    name: "X-Token",
    in: "header",
    "x-amazon-apigateway-authtype": "oauth2",
    "x-amazon-apigateway-authorizer": {
      type: "token",
      authorizerUri: LAMBDA_URI,
      identityValidationExpression: "^x-[a-z]+",
      authorizerResultTtlInSeconds: 60,
    },
  },
  Request: {
    type: "apiKey",
    name: "Unused",
    in: "header",
    "x-amazon-apigateway-authtype": "custom",
    "x-amazon-apigateway-authorizer": {
      type: "request",
      authorizerUri: LAMBDA_URI,
      identitySource: "method.request.header.Auth, method.request.querystring.key",
      authorizerCredentials: "arn:aws:iam::111111111111:role/invoke",
    },
  },
  Cognito: {
    type: "apiKey",
    name: "Authorization",
    in: "header",
    "x-amazon-apigateway-authtype": "cognito_user_pools",
    "x-amazon-apigateway-authorizer": {
      type: "cognito_user_pools",
      providerARNs: ["arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_ABC"],
    },
  },
  api_key: { type: "apiKey", name: "X-API-Key", in: "header" },
  sigv4: { type: "apiKey", name: "Authorization", in: "header", "x-amazon-apigateway-authtype": "awsSigv4" },
};

function planWith(paths: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return toImportPlan(oas30(paths, { components: { securitySchemes: SCHEMES }, ...extra }));
}

describe("security schemes", () => {
  const plan = planWith({});

  it("creates one authorizer per x-amazon-apigateway-authorizer scheme, used or not", () => {
    expect(plan.authorizers).toEqual([
      {
        name: "Token",
        type: "TOKEN",
        authType: "oauth2",
        authorizerUri: LAMBDA_URI,
        identitySource: "method.request.header.X-Token",
        identityValidationExpression: "^x-[a-z]+",
        authorizerResultTtlInSeconds: 60,
      },
      {
        name: "Request",
        type: "REQUEST",
        authType: "custom",
        authorizerUri: LAMBDA_URI,
        authorizerCredentials: "arn:aws:iam::111111111111:role/invoke",
        identitySource: "method.request.header.Auth, method.request.querystring.key",
      },
      {
        name: "Cognito",
        type: "COGNITO_USER_POOLS",
        authType: "cognito_user_pools",
        identitySource: "method.request.header.Authorization",
        providerARNs: ["arn:aws:cognito-idp:us-east-1:111111111111:userpool/us-east-1_ABC"],
      },
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("warns about a JWT authorizer (HTTP APIs only) and an OAuth2 scheme without an authorizer", () => {
    const warned = toImportPlan(
      oas30(
        {},
        {
          components: {
            securitySchemes: {
              Jwt: { type: "oauth2", "x-amazon-apigateway-authorizer": { type: "jwt" } },
              OAuth: { type: "oauth2", flows: {} },
            },
          },
        },
      ),
    );
    expect(warned.authorizers).toEqual([]);
    expect(warned.warnings).toEqual([
      "components.securitySchemes.Jwt.x-amazon-apigateway-authorizer.type: authorizer type 'jwt' is not supported for REST APIs; ignored",
      "components.securitySchemes.OAuth: security scheme of type oauth2 is not supported; ignored",
    ]);
  });
});

describe("method security", () => {
  const methodSecurity = (security: unknown, extra: Record<string, unknown> = {}) => {
    const plan = planWith({ "/": { get: security === undefined ? {} : { security } } }, extra);
    const { authorizationType, authorizerName, authorizationScopes, apiKeyRequired } = plan.methods[0]!;
    return {
      authorizationType,
      authorizerName,
      authorizationScopes,
      apiKeyRequired,
      warnings: plan.warnings,
    };
  };

  it("makes a Lambda authorizer requirement CUSTOM with that authorizer", () => {
    expect(methodSecurity([{ Token: [] }])).toEqual({
      authorizationType: "CUSTOM",
      authorizerName: "Token",
      authorizationScopes: undefined,
      apiKeyRequired: false,
      warnings: [],
    });
  });

  it("makes a Cognito requirement COGNITO_USER_POOLS with its scopes", () => {
    expect(methodSecurity([{ Cognito: ["pets/read", "email"] }])).toMatchObject({
      authorizationType: "COGNITO_USER_POOLS",
      authorizerName: "Cognito",
      authorizationScopes: ["pets/read", "email"],
    });
  });

  it("makes an awsSigv4 scheme AWS_IAM and an x-api-key scheme require an API key", () => {
    expect(methodSecurity([{ sigv4: [], api_key: [] }])).toMatchObject({
      authorizationType: "AWS_IAM",
      apiKeyRequired: true,
    });
  });

  it("applies the root security to methods without their own, and [] removes it", () => {
    expect(methodSecurity(undefined, { security: [{ Request: [] }] })).toMatchObject({
      authorizationType: "CUSTOM",
      authorizerName: "Request",
    });
    expect(methodSecurity([], { security: [{ Request: [] }] })).toMatchObject({
      authorizationType: "NONE",
      apiKeyRequired: false,
    });
  });

  it("warns about a requirement naming an undefined scheme", () => {
    expect(methodSecurity([{ Missing: [] }])).toMatchObject({
      authorizationType: "NONE",
      warnings: ["paths.'/'(get).security: security scheme 'Missing' is not defined; ignored"],
    });
  });

  it("lets x-amazon-apigateway-auth set the authorization type outright", () => {
    const plan = planWith({
      "/": { get: { security: [{ Token: [] }], "x-amazon-apigateway-auth": { type: "aws_iam" } } },
    });
    expect(plan.methods[0]?.authorizationType).toBe("AWS_IAM");
    expect(plan.methods[0]).not.toHaveProperty("authorizerName");
  });
});
