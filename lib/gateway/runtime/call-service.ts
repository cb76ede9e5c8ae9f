/**
 * One AWS call from guest code to the simulated services, turned into the JSON the guest's SDK shim settles with:
 * the output on success, or `{name, message, statusCode, fields}` that the shim makes into an SDK v3 error
 * (`error.name`, `$fault`, `$metadata.httpStatusCode`).
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/Package/-smithy-smithy-client/Class/ServiceException/
 */
import type { LambdaServices, ServiceRequest } from "./types";

export interface ServiceCallResult {
  readonly ok: boolean;
  readonly json: string;
}

export interface ServiceErrorShape {
  readonly name: string;
  readonly message: string;
  readonly statusCode: number;
  readonly fields?: Readonly<Record<string, unknown>>;
}

export async function callService(
  services: LambdaServices | undefined,
  request: ServiceRequest,
): Promise<ServiceCallResult> {
  if (services === undefined) {
    return toFailure({
      name: "UnknownEndpoint",
      message: `No simulated ${request.service} service is connected to this Lambda runtime.`,
      statusCode: 503,
    });
  }
  try {
    const output: unknown = await services.call(request);
    const json = JSON.stringify(output === undefined ? {} : output);
    return { ok: true, json };
  } catch (error) {
    return toFailure(toServiceErrorShape(error));
  }
}

/** Reads the services' error: AwsServiceError-like (`type`, `statusCode`, `fields`) or any Error (`name`). */
export function toServiceErrorShape(error: unknown): ServiceErrorShape {
  if (typeof error !== "object" || error === null) {
    return { name: "InternalFailure", message: String(error), statusCode: 500 };
  }
  const shape = error as {
    type?: unknown;
    name?: unknown;
    message?: unknown;
    statusCode?: unknown;
    fields?: unknown;
  };
  const name =
    typeof shape.type === "string"
      ? shape.type
      : typeof shape.name === "string"
        ? shape.name
        : "InternalFailure";
  const statusCode = typeof shape.statusCode === "number" ? shape.statusCode : 500;
  const fields =
    typeof shape.fields === "object" && shape.fields !== null
      ? (shape.fields as Record<string, unknown>)
      : undefined;
  return {
    name,
    message: typeof shape.message === "string" ? shape.message : String(error),
    statusCode,
    fields,
  };
}

function toFailure(shape: ServiceErrorShape): ServiceCallResult {
  try {
    return { ok: false, json: JSON.stringify(shape) };
  } catch {
    return { ok: false, json: JSON.stringify({ ...shape, fields: undefined }) };
  }
}
