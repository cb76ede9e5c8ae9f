/**
 * A function's `FunctionConfiguration`, as CreateFunction, the Update calls, GetFunction(Configuration) and
 * ListFunctions return it. Deploying is instant here, yet the answers keep Lambda's lifecycle fields: CreateFunction
 * answers `State: Pending` ("Creating"), an update `LastUpdateStatus: InProgress`, and every later read `Active` /
 * `Successful`, so SDK waiters and learners' polling loops behave as against AWS. ListFunctions omits the state
 * fields, as Lambda does.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_FunctionConfiguration.html
 * @see https://docs.aws.amazon.com/lambda/latest/dg/functions-states.html
 */
import type { FunctionMetadata, FunctionRecord } from "./function-record";
import { toFunctionArn, type LambdaApiContext } from "./lambda-api-context";

export type ConfigurationView = "created" | "updated" | "read" | "listed";

export function toFunctionConfiguration(
  ctx: LambdaApiContext,
  record: FunctionRecord,
  meta: FunctionMetadata,
  view: ConfigurationView,
): Record<string, unknown> {
  const variables = record.environment ?? {};
  return {
    FunctionName: record.functionName,
    FunctionArn: toFunctionArn(ctx, record.functionName),
    Runtime: record.runtime ?? "nodejs20.x",
    Role: meta.role,
    Handler: record.handler ?? "index.handler",
    CodeSize: meta.codeSize,
    Description: meta.description,
    Timeout: record.timeout ?? 3,
    MemorySize: record.memorySize ?? 128,
    LastModified: meta.lastModified,
    CodeSha256: meta.codeSha256,
    Version: "$LATEST",
    ...(Object.keys(variables).length > 0 && { Environment: { Variables: { ...variables } } }),
    TracingConfig: { Mode: meta.tracingMode },
    RevisionId: meta.revisionId,
    ...(view !== "listed" && toLifecycle(view)),
    PackageType: "Zip",
    Architectures: [...meta.architectures],
    EphemeralStorage: { Size: 512 },
    SnapStart: { ApplyOn: "None", OptimizationStatus: "Off" },
    LoggingConfig: { LogFormat: "Text", LogGroup: `/aws/lambda/${record.functionName}` },
  };
}

function toLifecycle(view: "created" | "updated" | "read"): Record<string, string> {
  if (view === "created")
    return { State: "Pending", StateReason: "The function is being created.", StateReasonCode: "Creating" };
  if (view === "updated")
    return {
      State: "Active",
      LastUpdateStatus: "InProgress",
      LastUpdateStatusReason: "The function is being created.",
      LastUpdateStatusReasonCode: "Creating",
    };
  return { State: "Active", LastUpdateStatus: "Successful" };
}
