import type { AwsServiceName } from "../aws-service-error";
import { AwsServiceError } from "../aws-service-error";
import type { AwsServices } from "../create-aws-services";
import { isRecord } from "../read-input";
import { decodeQueryParameters } from "./decode-query-parameters";
import type { AwsIntegrationTarget } from "./parse-aws-integration-uri";
import {
  AwsIntegrationUriError,
  parseAwsIntegrationUri,
  parseFormParameters,
} from "./parse-aws-integration-uri";
import type { QueryService } from "./render-query-response";
import { renderQueryError, renderQueryResponse } from "./render-query-response";
import { toJsonErrorResponse } from "./to-wire-error";

/** What API Gateway sends to the AWS service after mapping the integration request. */
export interface AwsIntegrationRequest {
  /** The integration URI, e.g. `arn:aws:apigateway:us-east-1:dynamodb:action/PutItem`. */
  readonly uri: string;
  /** The mapped request body (JSON for DynamoDB and Step Functions, form parameters for SQS and SNS). */
  readonly body?: string;
  /** Mapped integration request headers (`Content-Type`, `X-Amz-Target`, `Accept`...), any case. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Mapped integration request query string parameters. */
  readonly queryString?: Readonly<Record<string, string>>;
  /** The request id the service stamps on its response (`x-amzn-RequestId`). */
  readonly requestId: string;
}

/** What the AWS service answers: the integration response API Gateway then maps. */
export interface AwsIntegrationResponse {
  readonly statusCode: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

const JSON_TARGET_PREFIXES: Readonly<Record<string, string>> = {
  dynamodb: "DynamoDB_20120810.",
  states: "AWSStepFunctions.",
  sqs: "AmazonSQS.",
};

function readHeader(request: AwsIntegrationRequest, name: string): string | undefined {
  const entry = Object.entries(request.headers ?? {}).find(
    ([key]) => key.toLowerCase() === name.toLowerCase(),
  );
  return entry?.[1];
}

function toQueueUrl(target: AwsIntegrationTarget): string | undefined {
  return target.path === undefined || target.path === ""
    ? undefined
    : `https://sqs.${target.region}.amazonaws.com/${target.path.replace(/^\/+/, "")}`;
}

function readJsonBody(service: AwsServiceName, body: string | undefined): unknown {
  if (body === undefined || body.trim() === "") return {};
  try {
    return JSON.parse(body);
  } catch {
    throw new AwsServiceError(
      service,
      "SerializationException",
      "Start of structure or map found where not expected.",
    );
  }
}

async function invokeJsonProtocol(
  services: AwsServices,
  service: "dynamodb" | "states" | "sqs",
  target: AwsIntegrationTarget,
  request: AwsIntegrationRequest,
): Promise<AwsIntegrationResponse> {
  try {
    const prefix = JSON_TARGET_PREFIXES[service] ?? "";
    const action = target.action ?? readHeader(request, "X-Amz-Target")?.replace(prefix, "");
    if (action === undefined || action === "")
      throw new AwsServiceError(service, "UnknownOperationException", "Missing X-Amz-Target");
    const input = readJsonBody(service, request.body);
    const queueUrl = toQueueUrl(target);
    const withQueue =
      service === "sqs" && isRecord(input) && input.QueueUrl === undefined && queueUrl !== undefined
        ? { ...input, QueueUrl: queueUrl }
        : input;
    const output = await services.call(service, action, withQueue);
    return {
      statusCode: 200,
      headers: { "Content-Type": "application/x-amz-json-1.0", "x-amzn-RequestId": request.requestId },
      body: JSON.stringify(output),
    };
  } catch (error) {
    if (!(error instanceof AwsServiceError)) throw error;
    return toJsonErrorResponse(error, request.requestId);
  }
}

function readQueryParameters(
  target: AwsIntegrationTarget,
  request: AwsIntegrationRequest,
): Record<string, string> {
  const body = request.body?.trim() ?? "";
  const form = body === "" || body.startsWith("{") ? {} : parseFormParameters(body);
  return { ...target.parameters, ...request.queryString, ...form };
}

async function invokeQueryProtocol(
  services: AwsServices,
  service: QueryService,
  target: AwsIntegrationTarget,
  request: AwsIntegrationRequest,
): Promise<AwsIntegrationResponse> {
  const xml = /xml/i.test(readHeader(request, "Accept") ?? "");
  const parameters = readQueryParameters(target, request);
  const action = target.action ?? parameters.Action ?? "";
  try {
    if (action === "") throw new AwsServiceError(service, "MissingAction", "MissingAction");
    const input = decodeQueryParameters(service, parameters);
    const queueUrl = toQueueUrl(target);
    if (service === "sqs" && input.QueueUrl === undefined && queueUrl !== undefined)
      input.QueueUrl = queueUrl;
    const output = await services.call(service, action, input);
    const { body, contentType } = renderQueryResponse(service, action, output, request.requestId, xml);
    return {
      statusCode: 200,
      headers: { "Content-Type": contentType, "x-amzn-RequestId": request.requestId },
      body,
    };
  } catch (error) {
    if (!(error instanceof AwsServiceError)) throw error;
    const { body, contentType } = renderQueryError(service, error, request.requestId, xml);
    return {
      statusCode: error.statusCode,
      headers: { "Content-Type": contentType, "x-amzn-RequestId": request.requestId },
      body,
    };
  }
}

/**
 * Performs an API Gateway AWS-integration call against the sandbox's simulated services and returns what the real
 * service would answer: HTTP status, headers and body (e.g. DynamoDB's 400
 * `{"__type":"com.amazonaws.dynamodb.v20120810#ConditionalCheckFailedException","message":"The conditional request failed"}`).
 * Throws AwsIntegrationUriError for a URI that is malformed or names a service the simulator does not have.
 *
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-request-basic-setup.html
 */
export async function invokeAwsIntegration(
  services: AwsServices,
  request: AwsIntegrationRequest,
): Promise<AwsIntegrationResponse> {
  const target = parseAwsIntegrationUri(request.uri);
  switch (target.service) {
    case "dynamodb":
    case "states":
      return invokeJsonProtocol(services, target.service, target, request);
    case "sqs":
      return readHeader(request, "X-Amz-Target") === undefined
        ? invokeQueryProtocol(services, "sqs", target, request)
        : invokeJsonProtocol(services, "sqs", target, request);
    case "sns":
      return invokeQueryProtocol(services, "sns", target, request);
    default:
      throw new AwsIntegrationUriError(
        `the AWS service "${target.service}" is not simulated; Gatewise simulates dynamodb, sqs, sns and states`,
      );
  }
}
