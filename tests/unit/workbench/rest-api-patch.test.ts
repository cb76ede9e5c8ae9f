import { describe, expect, it } from "vitest";
import {
  formatPolicy,
  toBinaryMediaTypePatch,
  toExamplePolicy,
  toPolicyPatch,
  toRestApiDraft,
  toRestApiPatch,
} from "@/app/_components/workbench/apis/rest-api-patch";
import { toRecord, toRows } from "@/app/_components/workbench/apis/key-value-rows";
import { createMockApi, createTestControlPlane } from "../gateway/control/fixture";

describe("REST API settings patch", () => {
  it("sends only the changed fields, and the engine applies them", () => {
    const { cp } = createTestControlPlane();
    const { api, restApiId } = createMockApi(cp);
    const draft = {
      ...toRestApiDraft(api),
      description: "Pets",
      apiKeySource: "AUTHORIZER" as const,
      minimumCompressionSize: "1024",
      disableExecuteApiEndpoint: true,
    };
    const patch = toRestApiPatch(api, draft);
    expect(patch.map((op) => op.path)).toEqual([
      "/description",
      "/apiKeySource",
      "/minimumCompressionSize",
      "/disableExecuteApiEndpoint",
    ]);
    const updated = cp.updateRestApi({ restApiId, patchOperations: patch });
    expect(updated).toMatchObject({
      description: "Pets",
      apiKeySource: "AUTHORIZER",
      minimumCompressionSize: 1024,
    });
    expect(toRestApiPatch(updated, toRestApiDraft(updated))).toEqual([]);
    const cleared = cp.updateRestApi({
      restApiId,
      patchOperations: toRestApiPatch(updated, {
        ...toRestApiDraft(updated),
        description: "",
        minimumCompressionSize: "",
      }),
    });
    expect(cleared.description).toBeUndefined();
    expect(cleared.minimumCompressionSize).toBeUndefined();
  });

  it("adds and removes a binary media type with its slash escaped", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    expect(toBinaryMediaTypePatch("add", "image/png")).toEqual({
      op: "add",
      path: "/binaryMediaTypes/image~1png",
    });
    const added = cp.updateRestApi({
      restApiId,
      patchOperations: [toBinaryMediaTypePatch("add", "image/png")],
    });
    expect(added.binaryMediaTypes).toEqual(["image/png"]);
    const removed = cp.updateRestApi({
      restApiId,
      patchOperations: [toBinaryMediaTypePatch("remove", "image/png")],
    });
    expect(removed.binaryMediaTypes).toBeUndefined();
  });

  it("stores the resource policy compact, shows it indented, and removes it when blank", () => {
    const { cp } = createTestControlPlane();
    const { restApiId } = createMockApi(cp);
    const example = toExamplePolicy(restApiId);
    const updated = cp.updateRestApi({ restApiId, patchOperations: [toPolicyPatch(example)] });
    expect(updated.policy).toBe(JSON.stringify(JSON.parse(example)));
    expect(formatPolicy(updated.policy)).toBe(example);
    expect(toPolicyPatch("  ")).toEqual({ op: "remove", path: "/policy" });
    expect(() => toPolicyPatch("[1]")).toThrow(/JSON object/);
    expect(() => toPolicyPatch("{")).toThrow(/not valid JSON/);
  });
});

describe("key/value rows", () => {
  it("round-trips a map, dropping blank keys and trimming the others", () => {
    expect(toRows({ a: "1" })).toEqual([{ key: "a", value: "1" }]);
    expect(
      toRecord([
        { key: " a ", value: "1" },
        { key: "", value: "x" },
      ]),
    ).toEqual({ a: "1" });
  });
});
