import { parseDefinitionDocument } from "../openapi/parse-definition-document";
import { readBasePathMode } from "../openapi/resolve-base-path";
import { toImportPlan } from "../openapi/to-import-plan";
import type { ImportPlan } from "../openapi/definition-types";
import type { ControlContext } from "./control-context";
import type { RestApiRecord } from "./control-state";
import {
  importAuthorizers,
  importGatewayResponses,
  importModels,
  importRequestValidators,
} from "./import-definitions";
import type { ImportRestApiInput, ImportRestApiOutput, PutRestApiInput } from "./import-inputs";
import { importMethod, importResources } from "./import-methods";
import { importStep, warningsError, type ImportMode, type ImportSession } from "./import-step";
import { getRestApiRecordOrThrow } from "./lookups";
import { createRestApi, getRestApi } from "./rest-api-operations";
import { toCreateRestApiInput, toSettingsPatch } from "./to-import-settings";
import { updateRestApi } from "./update-rest-api";
import { enumViolation, throwIfValidationErrors } from "./validation-errors";

/**
 * ImportRestApi: a new API from a Swagger 2.0 or OpenAPI 3.0 definition (JSON or YAML). All or nothing:
 * on any error, or any warning with `failonwarnings=true`, no API is left behind [DOC import errors].
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_ImportRestApi.html
 */
export function importRestApi(ctx: ControlContext, input: ImportRestApiInput): ImportRestApiOutput {
  const parameters = input.parameters ?? {};
  const plan = toPlan(input.body, parameters);
  const restApi = createRestApi(ctx, toCreateRestApiInput(plan.settings, parameters));
  const record = getRestApiRecordOrThrow(ctx, restApi.id);
  // An imported API has the definition's models only, not the default Empty and Error [REC LS import tests].
  record.models = [];
  const session: ImportSession = { ctx, record, mode: "import", warnings: [...plan.warnings] };
  try {
    applyImportPlan(session, plan, input.failOnWarnings);
  } catch (error) {
    ctx.state.restApis.splice(ctx.state.restApis.indexOf(record), 1);
    throw error;
  }
  return toOutput(ctx, restApi.id, session.warnings);
}

/**
 * PutRestApi: updates an API from a definition, `merge` (the default) keeping what the definition does
 * not name, `overwrite` replacing the API's definition. Stages, deployments and the endpoint
 * configuration are untouched. The import builds a draft and keeps it only if it succeeds.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/API_PutRestApi.html
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-update.html
 */
export function putRestApi(ctx: ControlContext, input: PutRestApiInput): ImportRestApiOutput {
  const mode = toPutMode(input.mode);
  const original = getRestApiRecordOrThrow(ctx, input.restApiId);
  const plan = toPlan(input.body, input.parameters ?? {});
  const index = ctx.state.restApis.indexOf(original);
  const draft = toDraft(original);
  if (mode === "overwrite") clearDefinition(draft, plan);
  ctx.state.restApis[index] = draft;
  const session: ImportSession = { ctx, record: draft, mode, warnings: [...plan.warnings] };
  try {
    const patchOperations = toSettingsPatch(draft.restApi, plan.settings, mode);
    importStep("Unable to update the REST API", () =>
      updateRestApi(ctx, { restApiId: input.restApiId, patchOperations }),
    );
    applyImportPlan(session, plan, input.failOnWarnings);
  } catch (error) {
    ctx.state.restApis[index] = original;
    throw error;
  }
  return toOutput(ctx, input.restApiId, session.warnings);
}

function toPlan(body: string, parameters: Readonly<Record<string, string>>): ImportPlan {
  return toImportPlan(parseDefinitionDocument(body), { basePath: readBasePathMode(parameters.basepath) });
}

function applyImportPlan(session: ImportSession, plan: ImportPlan, failOnWarnings = false): void {
  importModels(session, plan.models);
  importRequestValidators(session, plan.requestValidators);
  importAuthorizers(session, plan.authorizers);
  importResources(session, plan.resourcePaths);
  for (const method of plan.methods) importMethod(session, method);
  importGatewayResponses(session, plan.gatewayResponses);
  if (failOnWarnings && session.warnings.length > 0) throw warningsError(session.warnings);
}

function toPutMode(mode: string | undefined): ImportMode {
  const value = mode ?? "merge";
  if (value === "merge" || value === "overwrite") return value;
  throwIfValidationErrors([enumViolation(value, "mode", ["merge", "overwrite"])]);
  return "merge";
}

/**
 * A private copy of the API's definition for the import to work on. Deployments and stages are shared:
 * the import never touches them, and the data plane may hold them frozen.
 */
function toDraft(record: RestApiRecord): RestApiRecord {
  const { deployments, stages, ...definition } = record;
  return { ...structuredClone(definition), deployments, stages };
}

/** `overwrite`: only the definition's resources remain (with their ids), without methods. */
function clearDefinition(draft: RestApiRecord, plan: ImportPlan): void {
  const kept = new Set(["/", ...plan.resourcePaths]);
  draft.resources = draft.resources
    .filter((resource) => kept.has(resource.path))
    .map(({ resourceMethods: _dropped, ...resource }) => resource);
  draft.models = [];
  draft.requestValidators = [];
  draft.authorizers = [];
  draft.gatewayResponses = {};
}

function toOutput(ctx: ControlContext, restApiId: string, warnings: readonly string[]): ImportRestApiOutput {
  const restApi: ImportRestApiOutput = getRestApi(ctx, { restApiId });
  if (warnings.length > 0) restApi.warnings = [...warnings];
  return restApi;
}
