import { describe, expect, it } from "vitest";
import { ACCOUNT_ID, createTestControlPlane, expectAwsError } from "./fixture";

const SCHEMA = JSON.stringify({ title: "Pet", type: "object", properties: { name: { type: "string" } } });

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  const restApiId = api.id;
  const create = (name: string, schema: string | undefined = SCHEMA) =>
    cp.createModel({ restApiId, name, contentType: "application/json", schema });
  return { cp, api, restApiId, create };
}

describe("CreateModel", () => {
  it("creates a model with a 6-character id", () => {
    const { create } = setup();
    expect(create("Pet")).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{6}$/),
      name: "Pet",
      contentType: "application/json",
      schema: SCHEMA,
    });
  });

  it("answers AWS's messages for a bad name, a duplicate, a missing or non-JSON schema, an unknown API", () => {
    const { cp, create } = setup();
    expectAwsError(() => create(""), "BadRequestException", "Model name must be non-empty");
    expectAwsError(() => create("body_1"), "BadRequestException", "Model name must be alphanumeric: body_1");
    expectAwsError(() => create("Empty"), "ConflictException", "Model name already exists for this REST API");
    expectAwsError(
      () => create("Pet", ""),
      "BadRequestException",
      "Model schema must have at least 1 property or array items defined",
    );
    expectAwsError(
      () => create("Pet", "{not json"),
      "BadRequestException",
      "Invalid model specified: Validation Result: warnings : [], errors : [Invalid model schema specified]",
    );
    expectAwsError(
      () =>
        cp.createModel({ restApiId: "abcde0", name: "Pet", contentType: "application/json", schema: SCHEMA }),
      "NotFoundException",
      `Invalid API identifier specified ${ACCOUNT_ID}:abcde0`,
    );
  });
});

describe("GetModel and GetModels", () => {
  it("lists models by name and answers 404 for an unknown one", () => {
    const { cp, create, restApiId } = setup();
    create("Cat");
    create("Zebra");
    expect(cp.getModels({ restApiId }).items.map((model) => model.name)).toEqual([
      "Cat",
      "Empty",
      "Error",
      "Zebra",
    ]);
    expectAwsError(
      () => cp.getModel({ restApiId, modelName: "MySchema" }),
      "NotFoundException",
      "Invalid model name specified: MySchema",
    );
  });
});

describe("UpdateModel", () => {
  it("replaces the schema and the description", () => {
    const { cp, create, restApiId } = setup();
    create("Pet");
    const schema = JSON.stringify({ title: "Updated schema", type: "object" });
    const updated = cp.updateModel({
      restApiId,
      modelName: "Pet",
      patchOperations: [
        { op: "replace", path: "/schema", value: schema },
        { op: "replace", path: "/description", value: "pets" },
      ],
    });
    expect([updated.schema, updated.description]).toEqual([schema, "pets"]);
  });

  it("answers the recorded messages for other paths and ops", () => {
    const { cp, create, restApiId } = setup();
    create("Pet");
    const update = (op: "add" | "replace", path: string, value?: string) =>
      cp.updateModel({ restApiId, modelName: "Pet", patchOperations: [{ op, path, value }] });
    expectAwsError(
      () => update("add", "/wrong-path", "x"),
      "BadRequestException",
      "Invalid patch path  '/wrong-path' specified for op 'add'. Please choose supported operations",
    );
    expectAwsError(
      () => update("replace", "/name", "x"),
      "BadRequestException",
      "Invalid patch path  '/name' specified for op 'replace'. Must be one of: [/description, /schema]",
    );
    expectAwsError(
      () => update("replace", "/schema", ""),
      "BadRequestException",
      "Model schema must have at least 1 property or array items defined",
    );
  });
});

describe("DeleteModel", () => {
  it("refuses a model a method request uses, naming the method as AWS does", () => {
    const { cp, api, create, restApiId } = setup();
    create("Pet");
    cp.putMethod({
      restApiId,
      resourceId: api.rootResourceId,
      httpMethod: "ANY",
      authorizationType: "NONE",
      requestModels: { "application/json": "Pet" },
    });
    expectAwsError(
      () => cp.deleteModel({ restApiId, modelName: "Pet" }),
      "ConflictException",
      "Cannot delete model 'Pet', is referenced in method request: //ANY",
    );
    const test = cp.createResource({ restApiId, parentId: api.rootResourceId, pathPart: "test" });
    cp.deleteMethod({ restApiId, resourceId: api.rootResourceId, httpMethod: "ANY" });
    cp.putMethod({
      restApiId,
      resourceId: test.id,
      httpMethod: "ANY",
      authorizationType: "NONE",
      requestModels: { "application/json": "Pet" },
    });
    expectAwsError(
      () => cp.deleteModel({ restApiId, modelName: "Pet" }),
      "ConflictException",
      "Cannot delete model 'Pet', is referenced in method request: /test/ANY",
    );
  });

  it("deletes an unused model", () => {
    const { cp, create, restApiId } = setup();
    create("Pet");
    cp.deleteModel({ restApiId, modelName: "Pet" });
    expectAwsError(
      () => cp.deleteModel({ restApiId, modelName: "Pet" }),
      "NotFoundException",
      "Invalid model name specified: Pet",
    );
  });
});
