/**
 * A function's resource-based policy: AddPermission, RemovePermission and GetPolicy. The policy is stored and
 * reported as Lambda does; nothing in the simulator enforces it yet (API Gateway's Lambda integrations invoke
 * whether or not `apigateway.amazonaws.com` was granted `lambda:InvokeFunction`).
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_AddPermission.html
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_RemovePermission.html
 * @see https://docs.aws.amazon.com/lambda/latest/api/API_GetPolicy.html
 */
import { assertPermissionGrant } from "./assert-permission-grant";
import type { FunctionRecord } from "./function-record";
import {
  assertRevisionId,
  getFunctionRecordOrThrow,
  readFunctionMetadata,
  saveFunctionRecord,
  toChangedMetadata,
} from "./function-store";
import { toFunctionArn, type LambdaApiContext } from "./lambda-api-context";
import {
  InvalidParameterValueException,
  PolicyLengthExceededException,
  ResourceConflictException,
  ResourceNotFoundException,
} from "./lambda-api-errors";
import { AddPermissionInput, FunctionInput, parseInput, RemovePermissionInput } from "./lambda-api-inputs";
import { parseFunctionName, type FunctionReference } from "./parse-function-name";
import { toPolicyDocument, toPolicyStatement } from "./policy-statement";

const MAX_POLICY_BYTES = 20_480;

export async function addPermission(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<{ Statement: string }> {
  const input = parseInput(AddPermissionInput, rawInput, "AddPermission");
  const grant = assertPermissionGrant(input);
  const ref = parseFunctionName(input.FunctionName, input.Qualifier);
  const { record, meta } = await readPolicyOwner(ctx, ref, true);
  assertRevisionId(meta, input.RevisionId);
  if (meta.policy.some((s) => s.Sid === grant.StatementId))
    throw new ResourceConflictException(
      `The statement id (${grant.StatementId}) provided already exists. ` +
        "Please provide a new statement id, or remove the existing statement.",
    );
  const statement = toPolicyStatement(grant, toFunctionArn(ctx, record.functionName));
  const policy = [...meta.policy, statement];
  const size = new TextEncoder().encode(toPolicyDocument(policy)).length;
  if (size > MAX_POLICY_BYTES)
    throw new PolicyLengthExceededException(
      `The final policy size (${size}) is bigger than the limit (${MAX_POLICY_BYTES}).`,
    );
  savePolicy(ctx, record, toChangedMetadata(ctx, meta, { policy }, false));
  return { Statement: JSON.stringify(statement) };
}

export async function removePermission(ctx: LambdaApiContext, rawInput: unknown): Promise<undefined> {
  const input = parseInput(RemovePermissionInput, rawInput, "RemovePermission");
  const ref = parseFunctionName(input.FunctionName, input.Qualifier);
  const { record, meta } = await readPolicyOwner(ctx, ref, true);
  assertRevisionId(meta, input.RevisionId);
  if (meta.policy.length === 0)
    throw new ResourceNotFoundException("No policy is associated with the given resource.");
  if (!meta.policy.some((s) => s.Sid === input.StatementId))
    throw new ResourceNotFoundException(`Statement ${input.StatementId} is not found in resource policy.`);
  const policy = meta.policy.filter((s) => s.Sid !== input.StatementId);
  savePolicy(ctx, record, toChangedMetadata(ctx, meta, { policy }, false));
  return undefined;
}

export async function getPolicy(
  ctx: LambdaApiContext,
  rawInput: unknown,
): Promise<{ Policy: string; RevisionId: string }> {
  const input = parseInput(FunctionInput, rawInput, "GetPolicy");
  const ref = parseFunctionName(input.FunctionName, input.Qualifier);
  const { meta } = await readPolicyOwner(ctx, ref, false);
  if (meta.policy.length === 0)
    throw new ResourceNotFoundException("The resource you requested does not exist.");
  return { Policy: toPolicyDocument(meta.policy), RevisionId: meta.revisionId };
}

/** The function whose policy is meant; a change to `$LATEST`'s own policy is refused, as Lambda refuses it. */
async function readPolicyOwner(ctx: LambdaApiContext, ref: FunctionReference, changing: boolean) {
  if (changing && ref.qualifier === "$LATEST")
    throw new InvalidParameterValueException("We currently do not support adding policies for $LATEST.");
  const record = getFunctionRecordOrThrow(ctx, ref);
  return { record, meta: await readFunctionMetadata(ctx, record) };
}

/** The sandbox keeps the policy only with the function: saving redeploys it (the next invocation cold starts). */
function savePolicy(ctx: LambdaApiContext, record: FunctionRecord, meta: FunctionRecord["lambdaApi"]): void {
  saveFunctionRecord(ctx, { ...record, lambdaApi: meta });
}
