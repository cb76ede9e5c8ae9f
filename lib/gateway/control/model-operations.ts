import { BadRequestException, ConflictException } from "./api-gateway-error";
import type { PageInput, RestApiIdInput, UpdateInput } from "./api-inputs";
import { assertContentType } from "./assert-integration-valid";
import type { ControlContext } from "./control-context";
import { createId } from "./create-id";
import type { CreateModelInput, ModelNameInput } from "./definition-inputs";
import { getModelOrThrow, getRestApiRecordOrThrow, listMethods } from "./lookups";
import { paginate } from "./paginate";
import {
  assertPatchOperationsValid,
  unsupportedOperationForPath,
  unsupportedPathForOperation,
} from "./patch-operations";
import type { Model } from "./types";

/**
 * CreateModel: an alphanumeric name unique in the API, a content type and a JSON Schema (draft 4)
 * given as a string. Messages as recorded [REC LS:test_apigateway_api::test_model_validation].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_CreateModel.html
 */
export function createModel(ctx: ControlContext, input: CreateModelInput): Model {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  if (!input.name) throw new BadRequestException("Model name must be non-empty");
  // [REC "Unable to create model for 'body_1': Model name must be alphanumeric: body_1", api-platform/core#3193]
  if (!/^[a-zA-Z0-9]+$/.test(input.name))
    throw new BadRequestException(`Model name must be alphanumeric: ${input.name}`);
  if (record.models.some((model) => model.name === input.name)) {
    throw new ConflictException("Model name already exists for this REST API");
  }
  assertContentType(input.contentType ?? "");
  assertSchemaValid(input.schema);
  const model: Model = {
    id: createId(ctx.random, 6, (id) => record.models.some((candidate) => candidate.id === id)),
    name: input.name,
    contentType: input.contentType,
    schema: input.schema,
  };
  if (input.description) model.description = input.description;
  record.models.push(model);
  return structuredClone(model);
}

/** GetModel. @see https://docs.aws.amazon.com/apigateway/latest/api/API_GetModel.html */
export function getModel(ctx: ControlContext, input: ModelNameInput): Model {
  return structuredClone(getModelOrThrow(ctx, input.restApiId, input.modelName));
}

/** GetModels, by name. */
export function getModels(
  ctx: ControlContext,
  input: RestApiIdInput & PageInput,
): { items: Model[]; position?: string } {
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  const sorted = [...record.models].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const page = paginate(sorted, input.position, input.limit);
  return { ...page, items: page.items.map((model) => structuredClone(model)) };
}

/**
 * UpdateModel: `replace` on `/description` or `/schema` only [REC test_update_model].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateModel-Patch
 */
export function updateModel(ctx: ControlContext, input: ModelNameInput & UpdateInput): Model {
  const model = getModelOrThrow(ctx, input.restApiId, input.modelName);
  const operations = input.patchOperations ?? [];
  assertPatchOperationsValid("updateModelInput", operations);
  const next = structuredClone(model);
  for (const operation of operations) {
    if (operation.op !== "replace") throw unsupportedOperationForPath(operation.path, operation.op);
    if (operation.path === "/schema") {
      assertSchemaValid(operation.value);
      next.schema = operation.value;
    } else if (operation.path === "/description") {
      if (operation.value) next.description = operation.value;
      else delete next.description;
    } else {
      throw unsupportedPathForOperation(operation.path, "replace", ["/description", "/schema"]);
    }
  }
  Object.assign(model, next);
  if (next.description === undefined) delete model.description;
  return structuredClone(model);
}

/**
 * DeleteModel, refused while a method request names the model: "Cannot delete model 'Pet', is referenced
 * in method request: //ANY" [REC test_put_method_model].
 */
export function deleteModel(ctx: ControlContext, input: ModelNameInput): void {
  const model = getModelOrThrow(ctx, input.restApiId, input.modelName);
  const record = getRestApiRecordOrThrow(ctx, input.restApiId);
  for (const { method, label } of listMethods(record)) {
    if (Object.values(method.requestModels ?? {}).includes(model.name)) {
      throw new ConflictException(
        `Cannot delete model '${model.name}', is referenced in method request: ${label}`,
      );
    }
    const response = Object.values(method.methodResponses ?? {}).find((r) =>
      Object.values(r.responseModels ?? {}).includes(model.name),
    );
    if (response) {
      // [UNVERIFIED] wording for method responses, modelled on the recorded method request one.
      throw new ConflictException(
        `Cannot delete model '${model.name}', is referenced in method response: ${label}/${response.statusCode}`,
      );
    }
  }
  record.models = record.models.filter((candidate) => candidate !== model);
}

/** A schema must be present and parse as a JSON object. */
function assertSchemaValid(schema: string | undefined): void {
  if (!schema)
    throw new BadRequestException("Model schema must have at least 1 property or array items defined");
  let parsed: unknown;
  try {
    parsed = JSON.parse(schema);
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    // [3P, quoted in several public write-ups of failed imports]
    throw new BadRequestException(
      "Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]",
    );
  }
}
