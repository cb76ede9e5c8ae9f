/**
 * The sandbox's functions as the Lambda API sees them: lookups that answer Lambda's ResourceNotFoundException,
 * and saving, which deploys into the runtime (a new configuration means new execution environments, as in Lambda).
 */
import { randomUuid } from "../ports";
import { sha256Base64 } from "./base64";
import { toLastModified, type FunctionMetadata, type FunctionRecord } from "./function-record";
import { getLambdaRuntimeOrThrow, type LambdaApiContext } from "./lambda-api-context";
import { PreconditionFailedException, ResourceNotFoundException } from "./lambda-api-errors";
import type { FunctionReference } from "./parse-function-name";
import { toUuid } from "./to-uuid";

/** Every function of the sandbox, by name. */
export function listFunctionRecords(ctx: LambdaApiContext): FunctionRecord[] {
  return (ctx.sandbox.listFunctions() as FunctionRecord[]).sort((a, b) =>
    a.functionName < b.functionName ? -1 : a.functionName > b.functionName ? 1 : 0,
  );
}

export function findFunctionRecord(ctx: LambdaApiContext, name: string): FunctionRecord | undefined {
  return (ctx.sandbox.listFunctions() as FunctionRecord[]).find((f) => f.functionName === name);
}

/**
 * The function a reference names, or "Function not found: <arn>". Only `$LATEST` exists (no versions or
 * aliases), and an ARN of another account or Region names nothing here.
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_GetFunction.html#API_GetFunction_Errors
 */
export function getFunctionRecordOrThrow(ctx: LambdaApiContext, ref: FunctionReference): FunctionRecord {
  const elsewhere =
    (ref.region !== undefined && ref.region !== ctx.region) ||
    (ref.accountId !== undefined && ref.accountId !== ctx.accountId);
  const record = elsewhere ? undefined : findFunctionRecord(ctx, ref.name);
  if (!record || (ref.qualifier !== undefined && ref.qualifier !== "$LATEST")) {
    const arn = `arn:aws:lambda:${ref.region ?? ctx.region}:${ref.accountId ?? ctx.accountId}:function:${ref.name}`;
    const qualified = ref.qualifier === undefined ? arn : `${arn}:${ref.qualifier}`;
    throw new ResourceNotFoundException(`Function not found: ${qualified}`);
  }
  return record;
}

/** Deploys the record (replacing any function of that name) with its metadata. */
export function saveFunctionRecord(ctx: LambdaApiContext, record: FunctionRecord): void {
  getLambdaRuntimeOrThrow(ctx);
  ctx.sandbox.deployFunction(record);
}

/**
 * The record's metadata, or what the Lambda API reports for a function deployed another way (workbench, labs):
 * a default role, the code's own hash and size, a revision derived from the hash, and the epoch as LastModified
 * (when it was deployed is not known).
 */
export async function readFunctionMetadata(
  ctx: LambdaApiContext,
  record: FunctionRecord,
): Promise<FunctionMetadata> {
  if (record.lambdaApi) return record.lambdaApi;
  const codeSha256 = await sha256Base64(record.code);
  const moduleName = (record.handler ?? "index.handler").split(".")[0] ?? "index";
  return {
    role: `arn:aws:iam::${ctx.accountId}:role/service-role/${record.functionName}-role`,
    description: "",
    codeSha256,
    codeSize: new TextEncoder().encode(record.code).length,
    lastModified: "1970-01-01T00:00:00.000+0000",
    revisionId: toUuid(codeSha256),
    architectures: ["x86_64"],
    tracingMode: "PassThrough",
    tags: {},
    package: { origin: "source", files: { [`${moduleName}.js`]: record.code }, packages: [] },
    policy: [],
  };
}

/** A change's RevisionId guard: the request's id must be the function's current one. */
export function assertRevisionId(meta: FunctionMetadata, revisionId: string | undefined): void {
  if (revisionId !== undefined && revisionId !== meta.revisionId) throw new PreconditionFailedException();
}

/** The metadata after a change: a new revision and, for code and configuration changes, a new LastModified. */
export function toChangedMetadata(
  ctx: LambdaApiContext,
  meta: FunctionMetadata,
  changes: Partial<FunctionMetadata>,
  touchLastModified = true,
): FunctionMetadata {
  return {
    ...meta,
    ...changes,
    revisionId: randomUuid(ctx.random),
    lastModified: touchLastModified ? toLastModified(ctx.clock.now()) : meta.lastModified,
  };
}
