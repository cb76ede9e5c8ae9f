/**
 * The Lambda API shapes the workbench reads (members as Lambda names them), and the runtimes it offers.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_FunctionConfiguration.html
 */
export type { InvokeOutput } from "@/lib/gateway/lambda-api/invoke";

export const RUNTIMES = ["nodejs22.x", "nodejs20.x", "nodejs18.x"] as const;

export const DEFAULT_ROLE_ARN = "arn:aws:iam::123456789012:role/lambda-basic-execution";

export interface FunctionConfiguration {
  FunctionName: string;
  FunctionArn: string;
  Runtime: string;
  Role: string;
  Handler: string;
  Description?: string;
  Timeout: number;
  MemorySize: number;
  CodeSize?: number;
  LastModified?: string;
  Environment?: { Variables?: Record<string, string> };
}

export interface GetFunctionOutput {
  Configuration: FunctionConfiguration;
  /** `Source` is a workbench extension: the single-file source the function runs, when the sandbox returns it. */
  Code?: { Location?: string; RepositoryType?: string; Source?: string };
}

export interface ListFunctionsOutput {
  Functions: FunctionConfiguration[];
  NextMarker?: string;
}

/** The Region of a function ARN, `arn:aws:lambda:<region>:<account>:function:<name>`. */
export function regionOfArn(arn: string): string {
  return arn.split(":")[3] || "us-east-1";
}

/**
 * The `uri` of an AWS or AWS_PROXY integration that invokes the function: API Gateway's service path for
 * Lambda's Invoke action, in the API's Region.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_Integration.html
 */
export function toIntegrationUri(functionArn: string): string {
  return `arn:aws:apigateway:${regionOfArn(functionArn)}:lambda:path/2015-03-31/functions/${functionArn}/invocations`;
}
