import { describe, expect, it } from "vitest";
import {
  toModelDraft,
  toModelPatch,
  toModelSchemaTemplate,
  toValidatorPatch,
} from "@/app/_components/workbench/apis/model-patch";
import { createMockApi, createTestControlPlane } from "../gateway/control/fixture";

describe("model patches", () => {
  it("starts from a draft-4 schema the engine accepts", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const draft = { ...toModelDraft(), name: "Pet" };
    const model = cp.createModel({ restApiId, ...draft });
    expect(JSON.parse(model.schema ?? "")).toMatchObject({
      $schema: "http://json-schema.org/draft-04/schema#",
    });
  });

  it("replaces only the schema and description that changed, a blank description clearing it", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const model = cp.createModel({ restApiId, ...toModelDraft(), name: "Pet", description: "a pet" });
    const draft = { ...toModelDraft(model), description: " ", schema: toModelSchemaTemplate("Pet") };
    const patch = toModelPatch(model, draft);
    expect(patch.map((op) => op.path)).toEqual(["/schema", "/description"]);
    const updated = cp.updateModel({ restApiId, modelName: "Pet", patchOperations: patch });
    expect(updated.description).toBeUndefined();
    expect(toModelPatch(updated, toModelDraft(updated))).toEqual([]);
  });
});

describe("request validator patches", () => {
  it("replaces the changed flags with string booleans", () => {
    const original = { id: "v1", name: "body", validateRequestBody: true, validateRequestParameters: false };
    expect(
      toValidatorPatch(original, {
        name: "both",
        validateRequestBody: true,
        validateRequestParameters: true,
      }),
    ).toEqual([
      { op: "replace", path: "/name", value: "both" },
      { op: "replace", path: "/validateRequestParameters", value: "true" },
    ]);
  });
});
