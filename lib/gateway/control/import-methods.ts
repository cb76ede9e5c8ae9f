import type { PlannedMethod } from "../openapi/definition-types";
import { importStep, type ImportSession } from "./import-step";
import { putIntegration } from "./put-integration";
import { putIntegrationResponse } from "./integration-response-operations";
import { deleteMethod, putMethod } from "./method-operations";
import { putMethodResponse } from "./method-response-operations";
import { createResource } from "./resource-operations";
import type { Resource } from "./types";

/**
 * The resources an import needs, parents first, through CreateResource; a path the API already has
 * keeps its resource (and id), as AWS keeps them even when overwriting [LS:test_import_rest_api_with_base_path_oas30].
 */
export function importResources(session: ImportSession, paths: readonly string[]): void {
  const { ctx, record } = session;
  for (const path of paths) {
    if (findResource(session, path)) continue;
    const cut = path.lastIndexOf("/");
    const parent = findResource(session, cut === 0 ? "/" : path.slice(0, cut)) as Resource;
    importStep(`Unable to create resource at path '${path}'`, () =>
      createResource(ctx, {
        restApiId: record.restApi.id,
        parentId: parent.id,
        pathPart: path.slice(cut + 1),
      }),
    );
  }
}

/**
 * One operation of the definition through PutMethod, PutMethodResponse, PutIntegration and
 * PutIntegrationResponse. A method the API already has is replaced by the definition's [DOC merge].
 * Names (authorizer, validator, models) are resolved here; one that leads nowhere is dropped with a
 * warning, as AWS warns about a missing model reference [DOC import warnings].
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-update.html
 */
export function importMethod(session: ImportSession, planned: PlannedMethod): void {
  const { ctx, record } = session;
  const resource = findResource(session, planned.path) as Resource;
  const ids = { restApiId: record.restApi.id, resourceId: resource.id, httpMethod: planned.httpMethod };
  const on = `'${planned.httpMethod}' for resource at path '${planned.path}'`;
  if (resource.resourceMethods?.[planned.httpMethod as keyof Resource["resourceMethods"]])
    deleteMethod(ctx, ids);
  importStep(`Unable to put method '${planned.httpMethod}' on resource at path '${planned.path}'`, () =>
    putMethod(ctx, {
      ...ids,
      authorizationType: planned.authorizationType,
      authorizerId: record.authorizers.find((a) => a.name === planned.authorizerName)?.id,
      apiKeyRequired: planned.apiKeyRequired,
      operationName: planned.operationName,
      requestParameters:
        Object.keys(planned.requestParameters).length > 0 ? planned.requestParameters : undefined,
      requestModels: knownModels(session, planned.requestModels, `${planned.location}: request`),
      requestValidatorId: findValidatorId(session, planned),
      authorizationScopes: planned.authorizationScopes,
    }),
  );
  for (const response of planned.methodResponses) {
    const responseModels = knownModels(
      session,
      response.responseModels,
      `${planned.location}: response ${response.statusCode}`,
    );
    importStep(`Unable to put method response '${response.statusCode}' on ${on}`, () =>
      putMethodResponse(ctx, { ...ids, ...response, responseModels }),
    );
  }
  const integration = planned.integration;
  if (!integration) return;
  // [3P verbatim] "Unable to put integration on 'GET' for resource at path '/': ...".
  importStep(`Unable to put integration on ${on}`, () => putIntegration(ctx, { ...ids, ...integration }));
  for (const response of planned.integrationResponses) {
    importStep(`Unable to put integration response '${response.statusCode}' on ${on}`, () =>
      putIntegrationResponse(ctx, { ...ids, ...response }),
    );
  }
}

function findResource(session: ImportSession, path: string): Resource | undefined {
  return session.record.resources.find((resource) => resource.path === path);
}

function findValidatorId(session: ImportSession, planned: PlannedMethod): string | undefined {
  const name = planned.requestValidatorName;
  if (name === undefined) return undefined;
  const validator = session.record.requestValidators.find((candidate) => candidate.name === name);
  if (!validator)
    session.warnings.push(`${planned.location}: request validator '${name}' is not defined; ignored`);
  return validator?.id;
}

/** The content-type → model map without the models the API does not have (each one a warning). */
function knownModels(
  session: ImportSession,
  models: Readonly<Record<string, string>> | undefined,
  what: string,
): Record<string, string> | undefined {
  if (!models) return undefined;
  const known = Object.entries(models).filter(([contentType, name]) => {
    const exists = session.record.models.some((model) => model.name === name);
    if (!exists) session.warnings.push(`${what} model '${name}' for ${contentType} is not defined; ignored`);
    return exists;
  });
  return known.length > 0 ? Object.fromEntries(known) : undefined;
}
