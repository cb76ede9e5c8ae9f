/**
 * Test events for the Lambda "Test" tab, shaped as API Gateway sends them to REST API integrations and
 * authorizers (ids, IPs and times are made up, in AWS's formats).
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html#api-gateway-simple-proxy-for-lambda-input-format
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-lambda-authorizer-input.html
 */

const API_ID = "abc123def4";
const HOST = `${API_ID}.execute-api.us-east-1.amazonaws.com`;
const METHOD_ARN = `arn:aws:execute-api:us-east-1:123456789012:${API_ID}/test/GET/items/42`;

const HEADERS: Record<string, string> = {
  accept: "application/json",
  Host: HOST,
  "User-Agent": "curl/8.7.1",
  "X-Amzn-Trace-Id": "Root=1-67cef1fb-3f1a2b4c5d6e7f8091a2b3c4",
  "X-Forwarded-For": "203.0.113.10",
  "X-Forwarded-Port": "443",
  "X-Forwarded-Proto": "https",
};

const multi = (map: Record<string, string>) =>
  Object.fromEntries(Object.entries(map).map(([name, value]) => [name, [value]]));

/** The request context the proxy event and the REQUEST authorizer event share. */
const REQUEST_CONTEXT = {
  resourceId: "x1y2z3",
  resourcePath: "/items/{id}",
  httpMethod: "GET",
  extendedRequestId: "HcJ4tFuSoAMEW7A=",
  requestTime: "10/Mar/2025:14:03:07 +0000",
  path: "/test/items/42",
  accountId: "123456789012",
  protocol: "HTTP/1.1",
  stage: "test",
  domainPrefix: API_ID,
  requestTimeEpoch: 1741615387000,
  requestId: "5b7e9c1a-4f3d-4e2b-9a8c-1d2e3f4a5b6c",
  identity: {
    cognitoIdentityPoolId: null,
    accountId: null,
    cognitoIdentityId: null,
    caller: null,
    sourceIp: "203.0.113.10",
    principalOrgId: null,
    accessKey: null,
    cognitoAuthenticationType: null,
    cognitoAuthenticationProvider: null,
    userArn: null,
    userAgent: "curl/8.7.1",
    user: null,
  },
  domainName: HOST,
  deploymentId: "d4e5f6",
  apiId: API_ID,
};

/** GET /test/items/42?expand=owner through a Lambda proxy integration on `/items/{id}`. */
const REST_PROXY_EVENT = {
  resource: "/items/{id}",
  path: "/items/42",
  httpMethod: "GET",
  headers: HEADERS,
  multiValueHeaders: multi(HEADERS),
  queryStringParameters: { expand: "owner" },
  multiValueQueryStringParameters: { expand: ["owner"] },
  pathParameters: { id: "42" },
  stageVariables: null,
  requestContext: REQUEST_CONTEXT,
  body: null,
  isBase64Encoded: false,
};

const TOKEN_EVENT = { type: "TOKEN", authorizationToken: "allow", methodArn: METHOD_ARN };

const REQUEST_HEADERS = { ...HEADERS, "x-client-id": "mobile-app" };
const REQUEST_EVENT = {
  type: "REQUEST",
  methodArn: METHOD_ARN,
  resource: "/items/{id}",
  path: "/items/42",
  httpMethod: "GET",
  headers: REQUEST_HEADERS,
  multiValueHeaders: multi(REQUEST_HEADERS),
  queryStringParameters: { expand: "owner" },
  multiValueQueryStringParameters: { expand: ["owner"] },
  pathParameters: { id: "42" },
  stageVariables: null,
  requestContext: REQUEST_CONTEXT,
};

export interface SampleEvent {
  id: string;
  label: string;
  event: unknown;
}

export const SAMPLE_EVENTS: readonly SampleEvent[] = [
  { id: "rest-proxy", label: "API Gateway REST proxy (GET /items/42)", event: REST_PROXY_EVENT },
  { id: "token", label: "Authorizer TOKEN event", event: TOKEN_EVENT },
  { id: "request", label: "Authorizer REQUEST event", event: REQUEST_EVENT },
  { id: "empty", label: "Empty object", event: {} },
];

export function sampleEventText(id: string): string {
  const sample = SAMPLE_EVENTS.find((candidate) => candidate.id === id);
  return JSON.stringify(sample?.event ?? {}, null, 2);
}
