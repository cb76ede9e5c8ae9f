import { UnknownOperationException } from "../aws-protocol";
import type { GatewaySandbox } from "../create-gateway-sandbox";
import { createFunction } from "./create-function";
import { deleteFunction } from "./delete-function";
import { getFunction, getFunctionConfiguration } from "./get-function";
import { invoke } from "./invoke";
import { toLambdaApiContext, type LambdaApiContext } from "./lambda-api-context";
import { listFunctions } from "./list-functions";
import { addPermission, getPolicy, removePermission } from "./permission-operations";
import { updateFunctionCode } from "./update-function-code";
import { updateFunctionConfiguration } from "./update-function-configuration";

/** Every Lambda API operation the simulator serves, by its AWS name. */
export const LAMBDA_OPERATIONS = {
  AddPermission: addPermission,
  CreateFunction: createFunction,
  DeleteFunction: deleteFunction,
  GetFunction: getFunction,
  GetFunctionConfiguration: getFunctionConfiguration,
  GetPolicy: getPolicy,
  Invoke: invoke,
  ListFunctions: listFunctions,
  RemovePermission: removePermission,
  UpdateFunctionCode: updateFunctionCode,
  UpdateFunctionConfiguration: updateFunctionConfiguration,
} satisfies Record<string, (ctx: LambdaApiContext, input: unknown) => Promise<unknown>>;

export type LambdaOperationName = keyof typeof LAMBDA_OPERATIONS;

/** The operations that change what the sandbox stores (functions and their policies). */
export const LAMBDA_MUTATING_OPERATIONS: ReadonlySet<LambdaOperationName> = new Set([
  "AddPermission",
  "CreateFunction",
  "DeleteFunction",
  "RemovePermission",
  "UpdateFunctionCode",
  "UpdateFunctionConfiguration",
]);

export function isLambdaOperationName(name: string): name is LambdaOperationName {
  return Object.hasOwn(LAMBDA_OPERATIONS, name);
}

/**
 * Runs one Lambda API operation in-process (the workbench's entry): AWS's input and output shapes, AWS's
 * exceptions thrown as `LambdaApiError`s (or the runtime's `LambdaServiceError`s for Invoke). Blobs are given as
 * they travel on the wire: `ZipFile` as base64 text (or bytes), `Payload` as the raw JSON text (or bytes).
 * Workbench extension: `Code: { Source }` on CreateFunction and `Source` on UpdateFunctionCode give one file of
 * source instead of a zip; that file answers whatever the handler names.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_Operations.html
 */
export function runLambdaOperation(
  sandbox: GatewaySandbox,
  operation: string,
  input: unknown,
): Promise<unknown> {
  if (!isLambdaOperationName(operation))
    return Promise.reject(new UnknownOperationException(`Unknown Lambda operation: ${operation}`));
  return LAMBDA_OPERATIONS[operation](toLambdaApiContext(sandbox), input);
}
