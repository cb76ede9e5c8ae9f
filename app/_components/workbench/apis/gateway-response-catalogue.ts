import type { GatewayResponseType } from "@/lib/gateway/control/types";

/**
 * When API Gateway answers with each response type, condensed from the developer guide.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html
 */
export const GATEWAY_RESPONSE_DESCRIPTIONS: Readonly<Record<GatewayResponseType, string>> = {
  ACCESS_DENIED:
    "An authorizer or the resource policy denied access, for example a Lambda authorizer returned a Deny policy.",
  API_CONFIGURATION_ERROR:
    "The API is misconfigured: a bad endpoint address, failed base64 decoding of binary data, or no matching mapping template.",
  AUTHORIZER_CONFIGURATION_ERROR: "API Gateway could not reach the Lambda or Cognito authorizer.",
  AUTHORIZER_FAILURE:
    "The authorizer failed, for example the Lambda function threw or returned an invalid policy.",
  BAD_REQUEST_PARAMETERS:
    "A required parameter or header is missing, as checked by the method's request validator.",
  BAD_REQUEST_BODY: "The body does not match the method's model, as checked by the request validator.",
  DEFAULT_4XX: "Every 4XX response type you have not customised inherits from this one.",
  DEFAULT_5XX: "Every 5XX response type you have not customised inherits from this one.",
  EXPIRED_TOKEN: "The AWS (SigV4) credentials have expired.",
  INTEGRATION_FAILURE: "The integration failed, for example the HTTP backend could not be reached.",
  INTEGRATION_TIMEOUT: "The integration did not answer within its timeout (29 seconds by default).",
  INVALID_API_KEY: "The method requires an API key and the x-api-key value is not a valid key.",
  INVALID_SIGNATURE: "The AWS SigV4 signature of an IAM-authorized request does not match.",
  MISSING_AUTHENTICATION_TOKEN:
    "No such method or resource, or an IAM-authorized method called without a signature: API Gateway answers 403, not 404.",
  QUOTA_EXCEEDED: "The API key has used up its usage plan quota for the period.",
  REQUEST_TOO_LARGE: "The request is larger than 10 MB.",
  RESOURCE_NOT_FOUND: "API Gateway could not find the resource after authorization.",
  THROTTLED: "A usage plan, method, stage or account throttling limit was exceeded.",
  UNAUTHORIZED:
    "The authorizer could not authenticate the caller: no token, a malformed one, or a Lambda 'Unauthorized'.",
  UNSUPPORTED_MEDIA_TYPE:
    "No mapping template for the request's content type, with passthrough behavior NEVER.",
  WAF_FILTERED: "AWS WAF blocked the request.",
};
