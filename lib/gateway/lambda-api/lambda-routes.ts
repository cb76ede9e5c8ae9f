import type { LambdaOperationName } from "./run-lambda-operation";

/** One `@httpQuery` member: its name in the input and how its text is read. */
export interface LambdaQueryBinding {
  readonly member: string;
  readonly type: "string" | "integer";
}

/**
 * One operation of Lambda's `restJson1` protocol: its `@http` trait and the members bound outside the JSON body
 * (query string, headers, the raw body). Every other input member is a body field of the same name.
 * @see https://smithy.io/2.0/aws/protocols/aws-restjson1-protocol.html
 */
export interface LambdaRoute {
  readonly operation: LambdaOperationName;
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  readonly uri: string;
  readonly status: number;
  readonly query?: Readonly<Record<string, LambdaQueryBinding>>;
  /** Lower-case header name → member. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The member bound with `@httpPayload`: it receives the raw request body. */
  readonly payload?: string;
}

const FUNCTIONS = "/2015-03-31/functions";
const FUNCTION = `${FUNCTIONS}/{FunctionName}`;
const QUALIFIER: Record<string, LambdaQueryBinding> = { Qualifier: { member: "Qualifier", type: "string" } };

/**
 * The Lambda operations the simulator serves, as the Lambda Smithy model (2015-03-31) binds them.
 * DeleteFunction and RemovePermission answer 204 with no body.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html
 */
export const LAMBDA_ROUTES: readonly LambdaRoute[] = [
  { operation: "CreateFunction", method: "POST", uri: FUNCTIONS, status: 201 },
  {
    operation: "ListFunctions",
    method: "GET",
    uri: FUNCTIONS,
    status: 200,
    query: {
      MasterRegion: { member: "MasterRegion", type: "string" },
      FunctionVersion: { member: "FunctionVersion", type: "string" },
      Marker: { member: "Marker", type: "string" },
      MaxItems: { member: "MaxItems", type: "integer" },
    },
  },
  { operation: "GetFunction", method: "GET", uri: FUNCTION, status: 200, query: QUALIFIER },
  { operation: "DeleteFunction", method: "DELETE", uri: FUNCTION, status: 204, query: QUALIFIER },
  { operation: "UpdateFunctionCode", method: "PUT", uri: `${FUNCTION}/code`, status: 200 },
  {
    operation: "GetFunctionConfiguration",
    method: "GET",
    uri: `${FUNCTION}/configuration`,
    status: 200,
    query: QUALIFIER,
  },
  { operation: "UpdateFunctionConfiguration", method: "PUT", uri: `${FUNCTION}/configuration`, status: 200 },
  {
    operation: "Invoke",
    method: "POST",
    uri: `${FUNCTION}/invocations`,
    status: 200,
    query: QUALIFIER,
    headers: {
      "x-amz-invocation-type": "InvocationType",
      "x-amz-log-type": "LogType",
      "x-amz-client-context": "ClientContext",
    },
    payload: "Payload",
  },
  { operation: "AddPermission", method: "POST", uri: `${FUNCTION}/policy`, status: 201, query: QUALIFIER },
  { operation: "GetPolicy", method: "GET", uri: `${FUNCTION}/policy`, status: 200, query: QUALIFIER },
  {
    operation: "RemovePermission",
    method: "DELETE",
    uri: `${FUNCTION}/policy/{StatementId}`,
    status: 204,
    query: { ...QUALIFIER, RevisionId: { member: "RevisionId", type: "string" } },
  },
];
