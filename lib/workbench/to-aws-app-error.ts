/**
 * Errors the simulated services raise, as the app's JSON errors: the HTTP status is the AWS exception's
 * own (400, 404, 409, 429...) and the body names the exception: `{ error: { code, message, awsType, status } }`.
 * Anything else is passed through unchanged (a bug becomes the usual opaque 500).
 */
import { CognitoError } from "@/lib/gateway/cognito";
import { ApiGatewayError } from "@/lib/gateway/control";
import { IamEntityError, MalformedPolicyDocumentError } from "@/lib/gateway/iam";
import { LambdaApiError } from "@/lib/gateway/lambda-api";
import { LambdaServiceError } from "@/lib/gateway/runtime";
import { AppError, type AwsErrorDetail, type ErrorCode } from "@/lib/errors";

/**
 * The app's code for each status AWS answers with. 401 is kept for the app's own sign-in, so an AWS
 * UnauthorizedException answers 400 (its body still says 401).
 */
const CODE_BY_STATUS: Readonly<Record<number, ErrorCode>> = {
  400: "BAD_REQUEST",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  409: "CONFLICT",
  413: "PAYLOAD_TOO_LARGE",
  429: "RATE_LIMITED",
};

function awsDetailOf(error: unknown): AwsErrorDetail | undefined {
  if (
    error instanceof ApiGatewayError ||
    error instanceof CognitoError ||
    error instanceof LambdaApiError ||
    error instanceof LambdaServiceError
  ) {
    return { type: error.name, status: error.statusCode };
  }
  if (error instanceof IamEntityError || error instanceof MalformedPolicyDocumentError) {
    return { type: error.code, status: error.status };
  }
  return undefined;
}

/** An AppError for an AWS exception of the engine; any other value unchanged. */
export function toAwsAppError(error: unknown): unknown {
  const aws = awsDetailOf(error);
  if (!aws) return error;
  const message = (error as Error).message || aws.type;
  const code = CODE_BY_STATUS[aws.status] ?? (aws.status >= 500 ? "INTERNAL" : "BAD_REQUEST");
  return new AppError(code, message, undefined, { cause: error, aws });
}
