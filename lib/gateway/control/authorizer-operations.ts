import { ConflictException, LimitExceededException } from "./api-gateway-error";
import type { PageInput, RestApiIdInput, UpdateInput } from "./api-inputs";
import { assertAuthorizerValid } from "./assert-authorizer-valid";
import type { ControlContext } from "./control-context";
import { createId } from "./create-id";
import type { AuthorizerIdInput, CreateAuthorizerInput } from "./definition-inputs";
import { findRestApiRecord, getAuthorizerOrThrow, getRestApiRecordOrThrow, listMethods } from "./lookups";
import { paginate } from "./paginate";
import { setOptional } from "./patch-map-entry";
import {
  assertPatchOperationsValid,
  decodePatchSegment,
  invalidPatchOperation,
  invalidPatchPath,
} from "./patch-operations";
import type { Authorizer, AuthorizerType, PatchOperation } from "./types";
import { enumViolation, throwIfValidationErrors } from "./validation-errors";

const AUTHORIZER_TYPES: readonly AuthorizerType[] = ["TOKEN", "REQUEST", "COGNITO_USER_POOLS"];
/** Authorizers per API [DOC spec 7.3]. */
const MAX_AUTHORIZERS = 10;
const STRING_PATHS = [
  "/name",
  "/authorizerUri",
  "/authorizerCredentials",
  "/identitySource",
  "/identityValidationExpression",
  "/authType",
];

/**
 * CreateAuthorizer. On an unknown API AWS answers, oddly, a ConflictException [REC test_authorizer_crud_no_api].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateAuthorizer.html
 */
export function createAuthorizer(ctx: ControlContext, input: CreateAuthorizerInput): Authorizer {
  throwIfValidationErrors(
    (AUTHORIZER_TYPES as readonly string[]).includes(input.type)
      ? []
      : [enumViolation(String(input.type), "createAuthorizerInput.type", AUTHORIZER_TYPES)],
  );
  const record = findRestApiRecord(ctx, input.restApiId);
  if (!record)
    throw new ConflictException(
      "Unable to complete operation due to concurrent modification. Please try again later.",
    );
  const { restApiId: _restApiId, ...fields } = input;
  const defined = Object.entries(structuredClone(fields)).filter(([, value]) => value !== undefined);
  const authorizer: Authorizer = {
    ...(Object.fromEntries(defined) as Omit<Authorizer, "id">),
    id: createId(ctx.random, 6, (id) => record.authorizers.some((candidate) => candidate.id === id)),
    type: input.type as AuthorizerType,
    authorizerResultTtlInSeconds: input.authorizerResultTtlInSeconds ?? 300,
  };
  assertAuthorizerValid(authorizer);
  if (record.authorizers.length >= MAX_AUTHORIZERS) {
    // [UNVERIFIED] wording, modelled on the recorded resource quota message.
    throw new LimitExceededException(
      "Maximum number of Authorizers for this API has been reached.  Please contact AWS if you need additional Authorizers.",
    );
  }
  record.authorizers.push(authorizer);
  return structuredClone(authorizer);
}

/** GetAuthorizer. */
export function getAuthorizer(ctx: ControlContext, input: AuthorizerIdInput): Authorizer {
  return structuredClone(getAuthorizerOrThrow(ctx, input.restApiId, input.authorizerId));
}

/** GetAuthorizers, in creation order. */
export function getAuthorizers(
  ctx: ControlContext,
  input: RestApiIdInput & PageInput,
): { items: Authorizer[]; position?: string } {
  const page = paginate(
    getRestApiRecordOrThrow(ctx, input.restApiId).authorizers,
    input.position,
    input.limit,
  );
  return { ...page, items: page.items.map((authorizer) => structuredClone(authorizer)) };
}

/**
 * UpdateAuthorizer: `replace` on its scalar fields, `add`/`remove` on `/providerARNs/{arn}`; the result
 * must satisfy the CreateAuthorizer rules.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateAuthorizer-Patch
 */
export function updateAuthorizer(ctx: ControlContext, input: AuthorizerIdInput & UpdateInput): Authorizer {
  const authorizer = getAuthorizerOrThrow(ctx, input.restApiId, input.authorizerId);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateAuthorizerInput", operations);
  const next = structuredClone(authorizer);
  for (const operation of operations) applyAuthorizerPatch(next, operation);
  assertAuthorizerValid(next);
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  record.authorizers = record.authorizers.map((candidate) => (candidate === authorizer ? next : candidate));
  return structuredClone(next);
}

/**
 * DeleteAuthorizer. [UNVERIFIED] refused while a method uses it, with DeleteModel's wording, since a
 * method cannot be CUSTOM without a valid authorizer.
 */
export function deleteAuthorizer(ctx: ControlContext, input: AuthorizerIdInput): void {
  const authorizer = getAuthorizerOrThrow(ctx, input.restApiId, input.authorizerId);
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const user = listMethods(record).find(({ method }) => method.authorizerId === authorizer.id);
  if (user)
    throw new ConflictException(
      `Cannot delete authorizer '${authorizer.name}', is referenced in method: ${user.label}`,
    );
  record.authorizers = record.authorizers.filter((candidate) => candidate !== authorizer);
}

function applyAuthorizerPatch(authorizer: Authorizer, operation: PatchOperation): void {
  const { op, path, value } = operation;
  if (path.startsWith("/providerARNs/")) {
    const arn = decodePatchSegment(path.slice("/providerARNs/".length));
    const others = (authorizer.providerARNs ?? []).filter((candidate) => candidate !== arn);
    if (op === "add") authorizer.providerARNs = [...others, arn];
    else if (op === "remove") setOptional(authorizer, "providerARNs", others.length > 0 ? others : undefined);
    else throw invalidPatchOperation(["add", "remove"]);
    return;
  }
  if (op !== "replace") throw invalidPatchOperation(["replace"]);
  if (path === "/authorizerResultTtlInSeconds") {
    authorizer.authorizerResultTtlInSeconds = /^\d+$/.test(value ?? "") ? Number(value) : Number.NaN;
  } else if (path === "/type") {
    throwIfValidationErrors(
      (AUTHORIZER_TYPES as readonly string[]).includes(value ?? "")
        ? []
        : [enumViolation(value ?? "null", "type", AUTHORIZER_TYPES)],
    );
    authorizer.type = value as AuthorizerType;
  } else if (STRING_PATHS.includes(path)) {
    const key = path.slice(1) as
      | "name"
      | "authorizerUri"
      | "authorizerCredentials"
      | "identitySource"
      | "identityValidationExpression"
      | "authType";
    if (key === "name") authorizer.name = value ?? "";
    else setOptional(authorizer, key, value || undefined);
  } else {
    throw invalidPatchPath(path);
  }
}
