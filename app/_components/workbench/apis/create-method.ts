/**
 * What the console's "Create method" does in one step, as the control-plane calls it is made of: PutMethod,
 * PutIntegration and, for non-proxy integrations, the default 200 method and integration responses.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-method-settings-console.html
 */

export type IntegrationChoice =
  { kind: "MOCK" } | { kind: "LAMBDA_PROXY"; functionArn: string } | { kind: "HTTP_PROXY"; url: string };

export interface ControlCall {
  operation: string;
  input: Record<string, unknown>;
}

export const REGION = "us-east-1";

export const METHOD_VERBS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "ANY"] as const;

/** The integration URI of a Lambda function, as API Gateway's Lambda integrations name it. */
export function lambdaIntegrationUri(functionArn: string, region = REGION): string {
  return `arn:aws:apigateway:${region}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}

export function createMethodCalls(
  restApiId: string,
  resourceId: string,
  httpMethod: string,
  integration: IntegrationChoice,
): ControlCall[] {
  const ids = { restApiId, resourceId, httpMethod };
  const calls: ControlCall[] = [
    { operation: "putMethod", input: { ...ids, authorizationType: "NONE", apiKeyRequired: false } },
  ];
  if (integration.kind === "MOCK") {
    calls.push(
      {
        operation: "putIntegration",
        input: { ...ids, type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } },
      },
      {
        operation: "putMethodResponse",
        input: { ...ids, statusCode: "200", responseModels: { "application/json": "Empty" } },
      },
      {
        operation: "putIntegrationResponse",
        input: { ...ids, statusCode: "200", responseTemplates: { "application/json": "" } },
      },
    );
  } else if (integration.kind === "LAMBDA_PROXY") {
    calls.push(
      {
        operation: "putIntegration",
        // Lambda is always invoked with POST, whatever the method's own verb.
        input: {
          ...ids,
          type: "AWS_PROXY",
          integrationHttpMethod: "POST",
          uri: lambdaIntegrationUri(integration.functionArn),
        },
      },
      {
        operation: "putMethodResponse",
        input: { ...ids, statusCode: "200", responseModels: { "application/json": "Empty" } },
      },
    );
  } else {
    calls.push(
      {
        operation: "putIntegration",
        input: { ...ids, type: "HTTP_PROXY", integrationHttpMethod: httpMethod, uri: integration.url },
      },
      { operation: "putMethodResponse", input: { ...ids, statusCode: "200" } },
    );
  }
  return calls;
}
