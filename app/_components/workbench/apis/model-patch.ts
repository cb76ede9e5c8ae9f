/**
 * UpdateModel (`/schema`, `/description`) and UpdateRequestValidator (`/name`, `/validateRequestBody`,
 * `/validateRequestParameters`) patches: replace only, for the fields that changed.
 * @see https://docs.aws.amazon.com/apigateway/latest/api/patch-operations.html#UpdateModel-Patch
 */
import type { Model, PatchOperation, RequestValidator } from "@/lib/gateway/control/types";
import { replaceOp } from "./patch-path";

/** A starting JSON Schema (draft 4, the version API Gateway models use). */
export function toModelSchemaTemplate(title: string): string {
  return JSON.stringify(
    {
      $schema: "http://json-schema.org/draft-04/schema#",
      title: title || "MyModel",
      type: "object",
      required: ["name"],
      properties: { name: { type: "string" } },
    },
    null,
    2,
  );
}

export interface ModelDraft {
  name: string;
  contentType: string;
  description: string;
  schema: string;
}

export function toModelDraft(model?: Model): ModelDraft {
  return {
    name: model?.name ?? "",
    contentType: model?.contentType ?? "application/json",
    description: model?.description ?? "",
    schema: model?.schema ?? toModelSchemaTemplate(""),
  };
}

export function toModelPatch(original: Model, draft: ModelDraft): PatchOperation[] {
  const ops: PatchOperation[] = [];
  if (draft.schema !== (original.schema ?? "")) ops.push(replaceOp("/schema", draft.schema));
  if (draft.description.trim() !== (original.description ?? ""))
    ops.push(replaceOp("/description", draft.description.trim()));
  return ops;
}

export interface ValidatorDraft {
  name: string;
  validateRequestBody: boolean;
  validateRequestParameters: boolean;
}

export function toValidatorPatch(original: RequestValidator, draft: ValidatorDraft): PatchOperation[] {
  const ops: PatchOperation[] = [];
  if (draft.name.trim() !== (original.name ?? "")) ops.push(replaceOp("/name", draft.name.trim()));
  if (draft.validateRequestBody !== original.validateRequestBody)
    ops.push(replaceOp("/validateRequestBody", String(draft.validateRequestBody)));
  if (draft.validateRequestParameters !== original.validateRequestParameters)
    ops.push(replaceOp("/validateRequestParameters", String(draft.validateRequestParameters)));
  return ops;
}
