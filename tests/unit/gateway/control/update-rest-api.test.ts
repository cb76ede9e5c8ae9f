import { describe, expect, it } from "vitest";
import { createTestControlPlane, expectAwsError } from "./fixture";

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets", description: "this is my api" });
  const update = (
    ...patchOperations: {
      op: "add" | "remove" | "replace" | "move" | "copy" | "test";
      path: string;
      value?: string;
    }[]
  ) => cp.updateRestApi({ restApiId: api.id, patchOperations });
  return { cp, api, update };
}

describe("UpdateRestApi", () => {
  it("adds, replaces (moving the new type last) and removes binary media types", () => {
    const { update } = setup();
    update(
      { op: "add", path: "/binaryMediaTypes/image~1png" },
      { op: "add", path: "/binaryMediaTypes/image~1jpeg" },
    );
    expect(
      update({ op: "replace", path: "/binaryMediaTypes/image~1png", value: "image/gif" }).binaryMediaTypes,
    ).toEqual(["image/jpeg", "image/gif"]);
    const removed = update({ op: "remove", path: "/binaryMediaTypes/image~1gif" });
    expect([removed.binaryMediaTypes, removed.tags]).toEqual([["image/jpeg"], {}]);
  });

  it("removes the description with a remove operation", () => {
    const { update } = setup();
    expect(update({ op: "remove", path: "/description" })).not.toHaveProperty("description");
  });

  it("refuses the bare /binaryMediaTypes path", () => {
    const { update } = setup();
    expectAwsError(
      () => update({ op: "add", path: "/binaryMediaTypes", value: "x" }),
      "BadRequestException",
      "Invalid patch path /binaryMediaTypes",
    );
  });

  it("sets, clears and validates the minimum compression size (replace only)", () => {
    const { update } = setup();
    expect(
      update({ op: "replace", path: "/minimumCompressionSize", value: "10" }).minimumCompressionSize,
    ).toBe(10);
    expect(update({ op: "replace", path: "/minimumCompressionSize", value: "" })).not.toHaveProperty(
      "minimumCompressionSize",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/minimumCompressionSize", value: "-1" }),
      "BadRequestException",
      "Invalid minimum compression size, must be between 0 and 10485760",
    );
    expectAwsError(
      () => update({ op: "add", path: "/minimumCompressionSize", value: "1" }),
      "BadRequestException",
      "Invalid patch operation specified. Must be one of: [replace]",
    );
  });

  it("turns an EDGE API PRIVATE and dual-stack, then refuses ipv4", () => {
    const { update } = setup();
    const api = update({ op: "replace", path: "/endpointConfiguration/types/EDGE", value: "PRIVATE" });
    expect(api.endpointConfiguration).toEqual({ types: ["PRIVATE"], ipAddressType: "dualstack" });
    expectAwsError(
      () => update({ op: "replace", path: "/endpointConfiguration/ipAddressType", value: "ipv4" }),
      "BadRequestException",
      "Only dualstack ipAddressType is supported for Private APIs.",
    );
  });

  it("answers AWS's endpoint messages for a wrong type, ip address type and operation", () => {
    const { update } = setup();
    expectAwsError(
      () => update({ op: "replace", path: "/endpointConfiguration/types/EDGE", value: "wrong" }),
      "BadRequestException",
      "Invalid EndpointTypes specified. Valid options are REGIONAL,EDGE,PRIVATE",
    );
    expectAwsError(
      () => update({ op: "replace", path: "/endpointConfiguration/ipAddressType", value: "wrong" }),
      "BadRequestException",
      "ipAddressType must be either ipv4 or dualstack.",
    );
    expectAwsError(
      () => update({ op: "move", path: "/endpointConfiguration/types/EDGE", value: "REGIONAL" }),
      "BadRequestException",
      "Invalid patch operation specified. Must be 'add'|'remove'|'replace'",
    );
  });

  it("reports every unknown op in one ValidationException", () => {
    const { cp, api } = setup();
    expectAwsError(
      () =>
        cp.updateRestApi({
          restApiId: api.id,
          patchOperations: [
            { op: "wrong" as "add", path: "/name" },
            { op: "wrong" as "add", path: "/name" },
          ],
        }),
      "ValidationException",
      "2 validation errors detected: Value 'wrong' at 'updateRestApiInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]; Value 'wrong' at 'updateRestApiInput.patchOperations.2.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]",
    );
  });

  it("renames, removes the description and changes the key source; an unknown path changes nothing", () => {
    const { cp, api, update } = setup();
    const updated = update(
      { op: "replace", path: "/name", value: "renamed" },
      { op: "replace", path: "/description", value: "" },
      { op: "replace", path: "/apiKeySource", value: "AUTHORIZER" },
      { op: "replace", path: "/disableExecuteApiEndpoint", value: "true" },
    );
    expect([
      updated.name,
      updated.description,
      updated.apiKeySource,
      updated.disableExecuteApiEndpoint,
    ]).toEqual(["renamed", undefined, "AUTHORIZER", true]);
    expectAwsError(
      () =>
        update(
          { op: "replace", path: "/name", value: "again" },
          { op: "replace", path: "/unknown", value: "x" },
        ),
      "BadRequestException",
      "Invalid patch path /unknown",
    );
    expect(cp.getRestApi({ restApiId: api.id }).name).toBe("renamed");
  });
});
