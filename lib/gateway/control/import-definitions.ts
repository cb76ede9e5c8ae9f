import type {
  PlannedAuthorizer,
  PlannedGatewayResponse,
  PlannedModel,
  PlannedRequestValidator,
} from "../openapi/definition-types";
import { toModelSchemaText } from "../openapi/rewrite-schema-refs";
import { createAuthorizer, updateAuthorizer } from "./authorizer-operations";
import { putGatewayResponse } from "./gateway-response-operations";
import { importStep, type ImportSession } from "./import-step";
import { createModel, updateModel } from "./model-operations";
import { encodePatchSegment } from "./patch-operations";
import { createRequestValidator, updateRequestValidator } from "./request-validator-operations";
import type { Authorizer, PatchOperation } from "./types";

/**
 * Models, request validators, authorizers and gateway responses of an import, through CreateModel,
 * CreateRequestValidator, CreateAuthorizer and PutGatewayResponse (their Update* when merging into an
 * API that has one of the same name), so every rule of those operations applies.
 * @see https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-import-api-update.html
 */
export function importModels(session: ImportSession, models: readonly PlannedModel[]): void {
  const { ctx, record } = session;
  const restApiId = record.restApi.id;
  for (const model of models) {
    const schema = toModelSchemaText(model.schema, restApiId);
    if (record.models.some((existing) => existing.name === model.name)) {
      const patchOperations: PatchOperation[] = [{ op: "replace", path: "/schema", value: schema }];
      patchOperations.push({ op: "replace", path: "/description", value: model.description ?? "" });
      importStep(`Unable to update model '${model.name}'`, () =>
        updateModel(ctx, { restApiId, modelName: model.name, patchOperations }),
      );
    } else {
      // [3P] "Unable to create model for 'body_1': Model name must be alphanumeric: body_1".
      importStep(`Unable to create model for '${model.name}'`, () =>
        createModel(ctx, { restApiId, ...model, schema }),
      );
    }
  }
}

export function importRequestValidators(
  session: ImportSession,
  validators: readonly PlannedRequestValidator[],
): void {
  const { ctx, record } = session;
  const restApiId = record.restApi.id;
  for (const validator of validators) {
    const existing = record.requestValidators.find((candidate) => candidate.name === validator.name);
    const what = `Unable to create request validator '${validator.name}'`;
    if (!existing) {
      importStep(what, () => createRequestValidator(ctx, { restApiId, ...validator }));
      continue;
    }
    const patchOperations: PatchOperation[] = [
      { op: "replace", path: "/validateRequestBody", value: String(validator.validateRequestBody) },
      {
        op: "replace",
        path: "/validateRequestParameters",
        value: String(validator.validateRequestParameters),
      },
    ];
    importStep(what, () =>
      updateRequestValidator(ctx, { restApiId, requestValidatorId: existing.id, patchOperations }),
    );
  }
}

export function importAuthorizers(session: ImportSession, authorizers: readonly PlannedAuthorizer[]): void {
  const { ctx, record } = session;
  const restApiId = record.restApi.id;
  for (const authorizer of authorizers) {
    const existing = record.authorizers.find((candidate) => candidate.name === authorizer.name);
    const what = `Unable to create authorizer '${authorizer.name}'`;
    if (!existing) {
      importStep(what, () => createAuthorizer(ctx, { restApiId, ...authorizer }));
      continue;
    }
    const patchOperations = toAuthorizerPatch(existing, authorizer);
    importStep(what, () => updateAuthorizer(ctx, { restApiId, authorizerId: existing.id, patchOperations }));
  }
}

export function importGatewayResponses(
  session: ImportSession,
  responses: readonly PlannedGatewayResponse[],
): void {
  const restApiId = session.record.restApi.id;
  for (const response of responses) {
    importStep(`Unable to put gateway response '${response.responseType}'`, () =>
      putGatewayResponse(session.ctx, { restApiId, ...response }),
    );
  }
}

const AUTHORIZER_STRINGS = [
  "authorizerUri",
  "authorizerCredentials",
  "identitySource",
  "identityValidationExpression",
  "authType",
] as const;

/** The UpdateAuthorizer operations that turn `existing` into `planned` (same name). */
function toAuthorizerPatch(existing: Authorizer, planned: PlannedAuthorizer): PatchOperation[] {
  const operations: PatchOperation[] = [{ op: "replace", path: "/type", value: planned.type }];
  for (const field of AUTHORIZER_STRINGS)
    operations.push({ op: "replace", path: `/${field}`, value: planned[field] ?? "" });
  const ttl = String(planned.authorizerResultTtlInSeconds ?? 300);
  operations.push({ op: "replace", path: "/authorizerResultTtlInSeconds", value: ttl });
  const wanted = planned.providerARNs ?? [];
  for (const arn of existing.providerARNs ?? [])
    if (!wanted.includes(arn))
      operations.push({ op: "remove", path: `/providerARNs/${encodePatchSegment(arn)}` });
  for (const arn of wanted)
    if (!existing.providerARNs?.includes(arn))
      operations.push({ op: "add", path: `/providerARNs/${encodePatchSegment(arn)}` });
  return operations;
}
