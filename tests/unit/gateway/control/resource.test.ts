import { describe, expect, it } from "vitest";
import { createTestControlPlane, expectAwsError } from "./fixture";

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  const restApiId = api.id;
  const create = (parentId: string, pathPart: string) => cp.createResource({ restApiId, parentId, pathPart });
  return { cp, api, restApiId, root: api.rootResourceId, create };
}

describe("CreateResource", () => {
  it("creates a child with a 6-character id, its pathPart and full path", () => {
    const { create, root } = setup();
    const pets = create(root, "pets");
    expect(pets).toEqual({
      id: expect.stringMatching(/^[a-z0-9]{6}$/),
      parentId: root,
      pathPart: "pets",
      path: "/pets",
    });
    expect(create(pets.id, "{petId}").path).toBe("/pets/{petId}");
  });

  it("refuses a second variable child with AWS's sibling message", () => {
    const { create, root } = setup();
    create(root, "{proxy+}");
    expectAwsError(
      () => create(root, "{id}"),
      "BadRequestException",
      "A sibling ({proxy+}) of this resource already has a variable path part -- only one is allowed",
    );
  });

  it("refuses any child under a greedy resource", () => {
    const { create, root } = setup();
    const proxy = create(root, "{proxy+}");
    expectAwsError(
      () => create(proxy.id, "child"),
      "BadRequestException",
      "Cannot create a child of a resource with a greedy path variable: {proxy+}",
    );
  });

  it("allows a greedy child beside static siblings and under a variable parent", () => {
    const { create, root } = setup();
    const parent = create(root, "parent");
    create(parent.id, "child");
    const variable = create(parent.id, "{child}");
    expect(create(variable.id, "{proxy+}").path).toBe("/parent/{child}/{proxy+}");
  });

  it("refuses a duplicate name with ConflictException", () => {
    const { create, root } = setup();
    create(root, "pets");
    expectAwsError(
      () => create(root, "pets"),
      "ConflictException",
      "Another resource with the same parent already has this name: pets",
    );
  });

  it("answers NotFoundException for an unknown parent or API", () => {
    const { cp, create, root } = setup();
    expectAwsError(
      () => create("nope42", "pets"),
      "NotFoundException",
      "Invalid Resource identifier specified",
    );
    expectAwsError(
      () => cp.createResource({ restApiId: "nope", parentId: root, pathPart: "x" }),
      "NotFoundException",
      "Invalid Resource identifier specified",
    );
  });

  it("refuses characters outside a-zA-Z0-9._- and braces", () => {
    const { create, root } = setup();
    expectAwsError(
      () => create(root, "pets here"),
      "BadRequestException",
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    );
  });

  it("stops at 300 resources with LimitExceededException", () => {
    const { create, root } = setup();
    for (let i = 1; i < 300; i++) create(root, `r${i}`);
    expectAwsError(
      () => create(root, "one-too-many"),
      "LimitExceededException",
      "Maximum number of Resources for this API has been reached.  Please contact AWS if you need additional Resources.",
    );
  });
});

describe("GetResources and GetResource", () => {
  it("lists resources sorted by id, as AWS Support describes the listing", () => {
    const { cp, create, root, restApiId } = setup();
    create(root, "{proxy+}");
    const parent = create(root, "parent");
    create(parent.id, "{proxy+}");
    create(parent.id, "child");
    const ids = cp.getResources({ restApiId }).items.map((resource) => resource.id);
    expect(ids).toHaveLength(5);
    expect(ids).toEqual([...ids].sort());
  });

  it("shows methods as empty objects unless embed=methods", () => {
    const { cp, create, root, restApiId } = setup();
    const pets = create(root, "pets");
    cp.putMethod({ restApiId, resourceId: pets.id, httpMethod: "GET", authorizationType: "NONE" });
    expect(cp.getResource({ restApiId, resourceId: pets.id }).resourceMethods).toEqual({ GET: {} });
    const listed = cp.getResources({ restApiId, embed: ["methods"] }).items.find((r) => r.path === "/pets");
    expect(listed?.resourceMethods).toEqual({
      GET: { httpMethod: "GET", authorizationType: "NONE", apiKeyRequired: false },
    });
  });
});

describe("UpdateResource", () => {
  it("renames a resource and its descendants' paths follow", () => {
    const { cp, create, root, restApiId } = setup();
    const pets = create(root, "pets");
    const sub = create(pets.id, "subpets");
    expect(
      cp.updateResource({
        restApiId,
        resourceId: pets.id,
        patchOperations: [{ op: "replace", path: "/pathPart", value: "dogs" }],
      }).path,
    ).toBe("/dogs");
    expect(cp.getResource({ restApiId, resourceId: sub.id }).path).toBe("/dogs/subpets");
  });

  it("moves a resource under another parent, and refuses a cycle", () => {
    const { cp, create, root, restApiId } = setup();
    const pets = create(root, "pets");
    const sub = create(pets.id, "subpets");
    const move = (resourceId: string, value: string) =>
      cp.updateResource({
        restApiId,
        resourceId,
        patchOperations: [{ op: "replace", path: "/parentId", value }],
      });
    expectAwsError(() => move(pets.id, sub.id), "BadRequestException", "Resources cannot be cyclical.");
    expect(move(sub.id, root)).toEqual({ id: sub.id, parentId: root, pathPart: "subpets", path: "/subpets" });
    expectAwsError(
      () => move(sub.id, "nope42"),
      "NotFoundException",
      "Invalid Resource identifier specified",
    );
  });

  it("refuses a name a sibling already has", () => {
    const { cp, create, root, restApiId } = setup();
    create(root, "pets");
    const dogs = create(root, "dogs");
    expectAwsError(
      () =>
        cp.updateResource({
          restApiId,
          resourceId: dogs.id,
          patchOperations: [{ op: "replace", path: "/pathPart", value: "pets" }],
        }),
      "ConflictException",
      "Another resource with the same parent already has this name: pets",
    );
  });

  it("answers AWS's messages for an unknown path, an unsupported op and the root", () => {
    const { cp, create, root, restApiId } = setup();
    const pets = create(root, "pets");
    const update = (resourceId: string, op: "add" | "replace", path: string) =>
      cp.updateResource({ restApiId, resourceId, patchOperations: [{ op, path, value: "x" }] });
    expectAwsError(
      () => update(pets.id, "replace", "/invalid"),
      "BadRequestException",
      "Invalid patch path  '/invalid' specified for op 'replace'. Must be one of: [/parentId, /pathPart]",
    );
    expectAwsError(
      () => update(pets.id, "add", "/pathPart"),
      "BadRequestException",
      "Invalid patch path  '/pathPart' specified for op 'add'. Please choose supported operations",
    );
    expectAwsError(
      () => update(root, "replace", "/pathPart"),
      "BadRequestException",
      "Root resource cannot update its pathPart.",
    );
    expectAwsError(
      () => update(root, "replace", "/parentId"),
      "BadRequestException",
      "Root resource cannot update its parentId.",
    );
  });
});

describe("DeleteResource", () => {
  it("deletes the resource with its children; a second delete is a 404", () => {
    const { cp, create, root, restApiId } = setup();
    const pets = create(root, "pets");
    create(pets.id, "subpets");
    cp.deleteResource({ restApiId, resourceId: pets.id });
    expect(cp.getResources({ restApiId }).items).toEqual([{ id: root, path: "/" }]);
    expectAwsError(
      () => cp.deleteResource({ restApiId, resourceId: pets.id }),
      "NotFoundException",
      "Invalid Resource identifier specified",
    );
  });

  it("refuses to delete the root resource", () => {
    const { cp, root, restApiId } = setup();
    expectAwsError(
      () => cp.deleteResource({ restApiId, resourceId: root }),
      "BadRequestException",
      "Cannot delete root resource",
    );
  });
});
