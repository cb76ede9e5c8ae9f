import { BadRequestException, ConflictException, NotFoundException } from "./api-gateway-error";
import type { PageInput, RestApiIdInput, UpdateInput } from "./api-inputs";
import type { ControlContext } from "./control-context";
import { createId } from "./create-id";
import type { CreateRequestValidatorInput, RequestValidatorIdInput } from "./definition-inputs";
import {
  findRestApiRecord,
  getRequestValidatorOrThrow,
  getRestApiRecordOrThrow,
  listMethods,
} from "./lookups";
import { paginate } from "./paginate";
import {
  assertPatchOperationsValid,
  toBooleanValue,
  unsupportedOperationForPath,
  unsupportedPathForOperation,
} from "./patch-operations";
import type { RequestValidator } from "./types";

const VALIDATOR_PATHS = ["/name", "/validateRequestParameters", "/validateRequestBody"];

/**
 * CreateRequestValidator. An unknown API is a 400 here, not a 404 [REC test_validators_crud_no_api].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateRequestValidator.html
 */
export function createRequestValidator(
  ctx: ControlContext,
  input: CreateRequestValidatorInput,
): RequestValidator {
  const record = findRestApiRecord(ctx, input.restApiId);
  if (!record) throw new BadRequestException("Invalid REST API identifier specified");
  const validator: RequestValidator = {
    id: createId(ctx.random, 6, (id) => record.requestValidators.some((candidate) => candidate.id === id)),
    validateRequestBody: input.validateRequestBody ?? false,
    validateRequestParameters: input.validateRequestParameters ?? false,
  };
  if (input.name !== undefined) validator.name = input.name;
  record.requestValidators.push(validator);
  return structuredClone(validator);
}

/** GetRequestValidator. */
export function getRequestValidator(ctx: ControlContext, input: RequestValidatorIdInput): RequestValidator {
  return structuredClone(getRequestValidatorOrThrow(ctx, input.restApiId, input.requestValidatorId));
}

/** GetRequestValidators, in creation order. */
export function getRequestValidators(
  ctx: ControlContext,
  input: RestApiIdInput & PageInput,
): { items: RequestValidator[]; position?: string } {
  const page = paginate(
    getRestApiRecordOrThrow(ctx, input.restApiId).requestValidators,
    input.position,
    input.limit,
  );
  return { ...page, items: page.items.map((validator) => structuredClone(validator)) };
}

/**
 * UpdateRequestValidator: `replace` on `/name`, `/validateRequestBody`, `/validateRequestParameters`
 * [REC test_invalid_update_request_validator_operations].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateRequestValidator-Patch
 */
export function updateRequestValidator(
  ctx: ControlContext,
  input: RequestValidatorIdInput & UpdateInput,
): RequestValidator {
  const validator = getRequestValidatorOrThrow(ctx, input.restApiId, input.requestValidatorId);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateRequestValidatorInput", operations);
  const next = structuredClone(validator);
  for (const { op, path, value } of operations) {
    if (op !== "replace") throw unsupportedOperationForPath(path, op);
    if (!VALIDATOR_PATHS.includes(path)) throw unsupportedPathForOperation(path, op, VALIDATOR_PATHS);
    if (path === "/name") {
      if (!value) throw new BadRequestException("Request Validator name cannot be blank");
      next.name = value;
    } else if (path === "/validateRequestBody") {
      next.validateRequestBody = toBooleanValue(value);
    } else {
      next.validateRequestParameters = toBooleanValue(value);
    }
  }
  Object.assign(validator, next);
  return structuredClone(validator);
}

/**
 * DeleteRequestValidator. [UNVERIFIED] refused while a method uses it, as DeleteModel is, so that no
 * method is left pointing at a validator that no longer exists.
 */
export function deleteRequestValidator(ctx: ControlContext, input: RequestValidatorIdInput): void {
  const record = findRestApiRecord(ctx, input.restApiId);
  if (!record) throw new NotFoundException("Invalid Request Validator identifier specified");
  const validator = getRequestValidatorOrThrow(ctx, input.restApiId, input.requestValidatorId);
  const user = listMethods(record).find(({ method }) => method.requestValidatorId === validator.id);
  if (user) {
    throw new ConflictException(
      `Cannot delete request validator '${validator.id}', is referenced in method: ${user.label}`,
    );
  }
  record.requestValidators = record.requestValidators.filter((candidate) => candidate !== validator);
}
