/**
 * The setup of each REST vector in vectors-public.json (prose there) built with the control plane, the
 * Lambda runtime and the sandbox backends. One function per vector id; shared setups are shared here.
 */
import type { TestSandbox } from "../engine/sandbox";

export const LAMBDA_ARN_PREFIX =
  "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:";
export const lambdaUri = (name: string) => `${LAMBDA_ARN_PREFIX}${name}/invocations`;

/** Functions the vectors' setups describe, written in JavaScript as a learner would. */
export const FUNCTIONS: Record<string, string> = {
  echoEvent: "export const handler = async (event) => ({ statusCode: 200, body: JSON.stringify(event) });",
  returnBody: "export const handler = async (event) => JSON.parse(event.body);",
  hello: "export const handler = async () => ({ body: 'Hello, my friend!', statusCode: 200 });",
  oddAuthorizer: `
    export const handler = async (event) => {
      const odd = Number.parseInt(event.headers.Authorization, 10) % 2 === 1;
      const statement = odd
        ? { Action: "execute-api:Invoke", Effect: "Allow", Resource: "*" }
        : { Action: "execute-api:Invoke", Effect: "Deny", Resource: event.methodArn };
      return { principalId: odd ? "authenticatedUser" : "user", policyDocument: { Version: "2012-10-17", Statement: [statement] } };
    };`,
  selection: `
    class Exception extends Error { constructor(m) { super(m); this.name = "Exception"; } }
    export const handler = async (event) => {
      if (event.statusCode === "200") return "Pass";
      if (event.statusCode === "400") throw new Exception("Error: Raising four hundred from within the Lambda function");
      throw new Exception("Error: Raising five hundred from within the Lambda function");
    };`,
};

/** Builds the vector's API and returns its id (and the stage, for vectors whose path says `<stage>`). */
export type Fixture = (
  sb: TestSandbox,
) => Promise<string | { apiId: string; stage: string }> | string | { apiId: string; stage: string };

const ECHO = "http://echo.sandbox.internal";

function vtlPathApi(sb: TestSandbox, path: string, template: string): string {
  return sb
    .api()
    .method(path, "POST", {
      integration: { type: "HTTP", integrationHttpMethod: "POST", uri: `${ECHO}${path}` },
      responses: { "200": { selectionPattern: "", responseTemplates: { "application/json": template } } },
    })
    .deploy("dev").id;
}

const proxyAny = { type: "AWS_PROXY", integrationHttpMethod: "POST" };

function validationApi(sb: TestSandbox, postRequires: string): string {
  const api = sb.api();
  const validator = sb.cp.createRequestValidator({
    restApiId: api.id,
    name: "test-validator",
    validateRequestBody: true,
    validateRequestParameters: true,
  });
  sb.cp.createModel({
    restApiId: api.id,
    name: "testSchema",
    contentType: "application/json",
    schema: JSON.stringify({
      $schema: "http://json-schema.org/draft-04/schema#",
      type: "object",
      properties: { a: { type: "number" }, b: { type: "number" } },
      required: ["a", "b"],
    }),
  });
  const params = (path: string) => ({
    [path]: true,
    "method.request.querystring.qs1": true,
    "method.request.header.x-header-param": true,
  });
  for (const [method, pathParam] of [
    ["GET", "method.request.path.test"],
    ["POST", postRequires],
  ] as const) {
    api.method("/nested/{test}", method, {
      requestValidatorId: validator.id,
      requestModels: { "application/json": "testSchema" },
      requestParameters: params(pathParam),
      integration: { ...proxyAny, uri: lambdaUri("echoEvent") },
    });
  }
  return api.deploy("local").id;
}

function proxyEchoApi(sb: TestSandbox): string {
  const api = sb.api();
  api.method("/{proxy+}", "ANY", { integration: { ...proxyAny, uri: lambdaUri("echoEvent") } });
  api.method("/hardcoded", "ANY", { integration: { ...proxyAny, uri: lambdaUri("echoEvent") } });
  return api.deploy("stage").id;
}

function proxyReturnBodyApi(sb: TestSandbox): string {
  return sb
    .api()
    .method("/{proxy+}", "ANY", { integration: { ...proxyAny, uri: lambdaUri("returnBody") } })
    .deploy("test").id;
}

function selectionApi(sb: TestSandbox): string {
  const api = sb.api().method("/{statusCode}", "GET", {
    integration: {
      type: "AWS",
      integrationHttpMethod: "POST",
      uri: lambdaUri("selection"),
      requestTemplates: { "application/json": `{"statusCode": "$input.params('statusCode')"}` },
    },
    responses: {
      "200": { selectionPattern: "" },
      "405": { selectionPattern: ".*four hundred.*" },
      "502": { selectionPattern: ".+" },
      "504": { selectionPattern: "200" },
    },
  });
  return api.deploy("dev").id;
}

export const REST_FIXTURES: Record<string, Fixture> = {
  "rest-validation-001": (sb) => validationApi(sb, "method.request.path.issuer"),
  "rest-validation-002": (sb) => validationApi(sb, "method.request.path.test"),
  "rest-validation-009": (sb) => {
    const api = sb.api();
    const validator = sb.cp.createRequestValidator({
      restApiId: api.id,
      name: "params",
      validateRequestBody: false,
      validateRequestParameters: true,
    });
    api.method("/validation", "GET", {
      requestValidatorId: validator.id,
      requestParameters: { "method.request.querystring.q1": true },
      integration: { type: "MOCK", requestTemplates: { "application/json": '{"statusCode": 200}' } },
      responses: { "200": {} },
    });
    return api.deploy("testStage").id;
  },
  "rest-lambdaproxy-resp-007": proxyReturnBodyApi,
  "rest-lambdaproxy-resp-008": proxyReturnBodyApi,
  "rest-lambdaproxy-resp-012": proxyReturnBodyApi,
  "rest-lambdaproxy-event-002": proxyEchoApi,
  "rest-lambdaproxy-event-003": proxyEchoApi,
  "rest-lambdaproxy-event-006": proxyEchoApi,
  "rest-selection-001": selectionApi,
  "rest-selection-003": selectionApi,
  "rest-mock-001": (sb) =>
    sb
      .api()
      .method("/{id}", "GET", {
        integration: {
          type: "MOCK",
          passthroughBehavior: "WHEN_NO_MATCH",
          requestTemplates: { "application/json": '{"statusCode":200}' },
        },
        responses: {
          "200": {
            responseTemplates: { "application/json": '{"statusCode": 200, "id": $input.params().path.id}' },
          },
        },
      })
      .deploy("test").id,
  "rest-mock-003": (sb) =>
    sb
      .api()
      .method("/", "GET", {
        integration: {
          type: "MOCK",
          requestTemplates: {
            "application/json":
              '#set($context.responseOverride.status = 444)\n#set($context.responseOverride.header.foo = "bar")\n{"statusCode": 200}',
          },
        },
        responses: { "200": {} },
      })
      .deploy("dev").id,
  "rest-mock-004": (sb) =>
    sb
      .api()
      .method("/", "GET", {
        integration: {
          type: "MOCK",
          requestTemplates: {
            "application/json":
              '#set($paramName = "foo")\n#set($context.requestOverride.querystring[$paramName] = "bar")\n#set($paramPutName = "putfoo")\n$context.requestOverride.querystring.put($paramPutName, "putBar")\n#set($context["requestOverride"].querystring["nestedfoo"] = "nestedFoo")\n{"statusCode": 200}',
          },
        },
        responses: {
          "200": {
            responseTemplates: {
              "application/json":
                '#set($value = $context.requestOverride.querystring["foo"])\n#set($value2 = $context.requestOverride.querystring["putfoo"])\n#set($value3 = $context.requestOverride.querystring["nestedfoo"])\n{"value": "$value", "value2": "$value2", "value3": "$value3"}',
            },
          },
        },
      })
      .deploy("dev").id,
  "rest-authz-002": (sb) => {
    const api = sb.api();
    const authorizer = sb.cp.createAuthorizer({
      restApiId: api.id,
      name: "default",
      type: "REQUEST",
      authorizerUri: lambdaUri("oddAuthorizer"),
      identitySource: "method.request.header.Authorization",
    });
    api.method("/hello", "GET", {
      authorizationType: "CUSTOM",
      authorizerId: authorizer.id,
      integration: { ...proxyAny, uri: lambdaUri("hello") },
    });
    return api.deploy("prod").id;
  },
  "rest-size-001": (sb) => ({ apiId: proxyReturnBodyApi(sb), stage: "test" }),
  "rest-vtl-path-001": (sb) => vtlPathApi(sb, "/path", '#set($result = $input.path("$.json"))$result'),
  "rest-vtl-path-005": (sb) =>
    vtlPathApi(
      sb,
      "/invalid-path",
      '#set($result = $input.path("$.nonExisting")){"body": $result, "nested": $result.nested, "isNull": #if( $result == $null )"true"#else"false"#end, "isEmptyString": #if( $result == "" )"true"#else"false"#end}',
    ),
  "rest-http-002": (sb) =>
    sb
      .api()
      .method("/{map+}", "POST", {
        requestParameters: { "method.request.path.map": true },
        integration: {
          type: "HTTP_PROXY",
          integrationHttpMethod: "POST",
          uri: `${ECHO}/{map}`,
          requestParameters: { "integration.request.path.map": "method.request.path.map" },
        },
        responses: { "200": { responseTemplates: { "application/json": "$input.json('$')" } } },
      })
      .deploy("test").id,
  "rest-http-003": (sb) => {
    const api = sb.api().method("/content-length", "GET", {
      requestParameters: { "method.request.header.Content-Length": false },
      integration: {
        type: "HTTP_PROXY",
        integrationHttpMethod: "GET",
        uri: `${ECHO}/content-length`,
        requestParameters: {
          "integration.request.header.Content-Length": "method.request.header.Content-Length",
        },
      },
    });
    return { apiId: api.deploy("dev").id, stage: "dev" };
  },
  "rest-passthrough-002": (sb) => {
    const api = sb.api().method("/res", "POST", {
      integration: {
        type: "HTTP",
        integrationHttpMethod: "POST",
        uri: `${ECHO}/res`,
        passthroughBehavior: "WHEN_NO_MATCH",
        requestTemplates: { "application/json": "{\"wrapped\": $input.json('$')}" },
      },
      responses: { "200": {} },
    });
    return { apiId: api.deploy("dev").id, stage: "dev" };
  },
  "rest-vtl-doc-002": (sb) => {
    sb.backends.defineScriptedBackend({
      name: "errors",
      rules: [{ respond: { status: 200, body: { errorMessage: '{"key1":"var1","key2":{"arr":[1,2,3]}}' } } }],
    });
    const api = sb.api().method("/res", "GET", {
      integration: {
        type: "HTTP",
        integrationHttpMethod: "GET",
        uri: "http://errors.mock.sandbox.internal/res",
      },
      responses: {
        "200": {
          responseTemplates: {
            "application/json":
              "#set ($errorMessageObj = $util.parseJson($input.path('$.errorMessage')))\n{\n   \"errorMessageObjKey2ArrVal\" : $errorMessageObj.key2.arr[0]\n}",
          },
        },
      },
    });
    return { apiId: api.deploy("dev").id, stage: "dev" };
  },
};
