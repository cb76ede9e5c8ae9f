/**
 * invokeIntegration: sends the integration request to the backend the method's integration names. Proxy
 * integrations produce the method response directly; the others leave their result for the response
 * mapping stages.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-integration-types.html
 */
import { ApiConfigurationError, MalformedLambdaProxyResponseError } from "../../errors";
import {
  substituteStageVariables,
  isLambdaUri,
  toLambdaFunctionName,
} from "../../integrations/integration-uri";
import { invokeHttp, invokeHttpProxy } from "../../integrations/invoke-http";
import { callLambda } from "../../integrations/invoke-lambda";
import { invokeMock } from "../../integrations/invoke-mock";
import { buildLambdaProxyEvent } from "../../integrations/lambda-proxy-event";
import { toProxyMethodResponse } from "../../integrations/lambda-proxy-response";
import { isBinaryMediaType } from "../../integrations/media-types";
import { invokeAwsIntegration } from "../../services";
import type { IntegrationResultSlot, InvocationContext } from "../context";
import { traceStage } from "../trace";

async function invokeLambdaProxy(ctx: InvocationContext): Promise<void> {
  const routed = ctx.routed!;
  const integration = routed.method.methodIntegration!;
  const functionName = toLambdaFunctionName(integration.uri ?? "", routed.stageVariables);
  const result = await callLambda(ctx, functionName, JSON.stringify(buildLambdaProxyEvent(ctx)));
  if (result.functionError) throw new MalformedLambdaProxyResponseError("Lambda function error");
  const binaryTypes = routed.snapshot.api.binaryMediaTypes;
  const accept = ctx.parsed!.headers.get("accept");
  ctx.response = toProxyMethodResponse(result.payload, {
    isBinaryResponse: (contentType) =>
      isBinaryMediaType(binaryTypes, accept) || isBinaryMediaType(binaryTypes, contentType),
  });
  traceStage(ctx, "invokeIntegration", `Method response status: ${ctx.response.statusCode}`);
}

async function invokeLambdaNonProxy(ctx: InvocationContext, uri: string): Promise<IntegrationResultSlot> {
  const functionName = toLambdaFunctionName(uri, ctx.routed!.stageVariables);
  const result = await callLambda(ctx, functionName, ctx.integrationRequest?.body || "{}");
  let lambdaErrorMessage: string | null | undefined;
  if (result.functionError) {
    const parsed = JSON.parse(result.payload) as { errorMessage?: unknown };
    lambdaErrorMessage = typeof parsed.errorMessage === "string" ? parsed.errorMessage : null;
  }
  return {
    statusCode: 200,
    headers: [["Content-Type", "application/json"]],
    body: result.payload,
    lambdaErrorMessage,
    latencyMs: result.durationMs,
  };
}

async function invokeAwsService(ctx: InvocationContext, uri: string): Promise<IntegrationResultSlot> {
  const services = ctx.env.services;
  if (!services) throw new ApiConfigurationError("This sandbox has no simulated AWS services");
  const request = ctx.integrationRequest!;
  const queryString: Record<string, string> = {};
  for (const [name, values] of Object.entries(request.querystring)) queryString[name] = values.at(-1) ?? "";
  let response;
  try {
    response = await invokeAwsIntegration(services, {
      uri: substituteStageVariables(uri, ctx.routed!.stageVariables),
      body: request.body ?? undefined,
      headers: request.header,
      queryString,
      requestId: ctx.requestId,
    });
  } catch (error) {
    throw new ApiConfigurationError(error instanceof Error ? error.message : String(error));
  }
  traceStage(ctx, "invokeIntegration", `Received response. Status: ${response.statusCode}`);
  return {
    statusCode: response.statusCode,
    headers: Object.entries(response.headers),
    body: response.body,
    latencyMs: 0,
  };
}

export async function invokeIntegration(ctx: InvocationContext): Promise<void> {
  const integration = ctx.routed!.method.methodIntegration;
  if (!integration) throw new ApiConfigurationError("No integration defined for method");
  switch (integration.type) {
    case "MOCK":
      ctx.integrationResult = invokeMock(ctx);
      return;
    case "AWS_PROXY":
      if (!isLambdaUri(integration.uri))
        throw new ApiConfigurationError("AWS_PROXY integrations invoke Lambda functions only");
      return invokeLambdaProxy(ctx);
    case "AWS":
      ctx.integrationResult = isLambdaUri(integration.uri)
        ? await invokeLambdaNonProxy(ctx, integration.uri!)
        : await invokeAwsService(ctx, integration.uri ?? "");
      return;
    case "HTTP":
      ctx.integrationResult = await invokeHttp(ctx);
      return;
    case "HTTP_PROXY":
      ctx.response = await invokeHttpProxy(ctx);
      return;
  }
}
