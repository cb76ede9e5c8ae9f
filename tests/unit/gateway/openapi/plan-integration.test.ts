import { describe, expect, it } from "vitest";
import { toImportPlan } from "@/lib/gateway/openapi";
import { oas30 } from "./fixture";

function planIntegration(integration: unknown) {
  const plan = toImportPlan(oas30({ "/": { post: { "x-amazon-apigateway-integration": integration } } }));
  const method = plan.methods[0]!;
  return { integration: method.integration, responses: method.integrationResponses, warnings: plan.warnings };
}

describe("x-amazon-apigateway-integration", () => {
  it("becomes a PutIntegration input, type and passthrough behaviour upper-cased", () => {
    const { integration } = planIntegration({
      type: "aws",
      httpMethod: "post",
      uri: "arn:aws:apigateway:us-east-1:sqs:path/111111111111/queue",
      credentials: "arn:aws:iam::111111111111:role/sqs",
      passthroughBehavior: "never",
      contentHandling: "CONVERT_TO_TEXT",
      timeoutInMillis: 3000,
      cacheKeyParameters: ["method.request.querystring.id"],
      cacheNamespace: "ns1",
      requestParameters: { "integration.request.header.Content-Type": "'application/x-www-form-urlencoded'" },
      requestTemplates: { "application/json": "Action=SendMessage&MessageBody=$input.body" },
      tlsConfig: { insecureSkipVerification: true },
    });
    expect(integration).toEqual({
      type: "AWS",
      integrationHttpMethod: "POST",
      uri: "arn:aws:apigateway:us-east-1:sqs:path/111111111111/queue",
      credentials: "arn:aws:iam::111111111111:role/sqs",
      passthroughBehavior: "NEVER",
      contentHandling: "CONVERT_TO_TEXT",
      timeoutInMillis: 3000,
      cacheKeyParameters: ["method.request.querystring.id"],
      cacheNamespace: "ns1",
      requestParameters: { "integration.request.header.Content-Type": "'application/x-www-form-urlencoded'" },
      requestTemplates: { "application/json": "Action=SendMessage&MessageBody=$input.body" },
      tlsConfig: { insecureSkipVerification: true },
    });
  });

  it("turns responses into integration responses, `default` having no selection pattern", () => {
    const { responses } = planIntegration({
      type: "mock",
      responses: {
        default: { statusCode: 200, responseTemplates: { "application/json": "{}" } },
        ".*Not Found.*": {
          statusCode: "404",
          responseParameters: { "method.response.header.X-Error": "'missing'" },
          contentHandling: "CONVERT_TO_TEXT",
        },
      },
    });
    expect(responses).toEqual([
      { statusCode: "200", responseTemplates: { "application/json": "{}" } },
      {
        statusCode: "404",
        selectionPattern: ".*Not Found.*",
        responseParameters: { "method.response.header.X-Error": "'missing'" },
        contentHandling: "CONVERT_TO_TEXT",
      },
    ]);
  });

  it("warns about fields only HTTP APIs use", () => {
    const { warnings } = planIntegration({
      type: "aws_proxy",
      payloadFormatVersion: "2.0",
      httpMethod: "POST",
    });
    expect(warnings).toEqual([
      "paths.'/'(post).x-amazon-apigateway-integration.payloadFormatVersion: not a REST API integration field; ignored",
    ]);
  });

  it("refuses an integration response without a status code, and a timeout that is not a number", () => {
    expect(() => planIntegration({ type: "mock", responses: { default: {} } })).toThrow(
      "Invalid OpenAPI input. paths.'/'(post).x-amazon-apigateway-integration.responses.default.statusCode: required",
    );
    expect(() => planIntegration({ type: "mock", timeoutInMillis: "soon" })).toThrow(
      "Invalid OpenAPI input. paths.'/'(post).x-amazon-apigateway-integration.timeoutInMillis: expected an integer, got a string (\"soon\")",
    );
  });

  it("leaves a method without the extension without an integration", () => {
    expect(planIntegration(undefined)).toEqual({ integration: undefined, responses: [], warnings: [] });
  });
});
