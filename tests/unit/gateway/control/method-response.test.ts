import { describe, expect, it } from "vitest";
import type { PatchOperation } from "@/lib/gateway/control";
import { createTestControlPlane, expectAwsError } from "./fixture";

function setup() {
  const { cp } = createTestControlPlane();
  const api = cp.createRestApi({ name: "pets" });
  const ids = { restApiId: api.id, resourceId: api.rootResourceId, httpMethod: "GET" };
  cp.putMethod({ ...ids, authorizationType: "NONE" });
  const update = (statusCode: string, ...patchOperations: PatchOperation[]) =>
    cp.updateMethodResponse({ ...ids, statusCode, patchOperations });
  return { cp, ids, update };
}

describe("PutMethodResponse and GetMethodResponse", () => {
  it("stores the method response under its status code on the method", () => {
    const { cp, ids } = setup();
    const response = cp.putMethodResponse({
      ...ids,
      statusCode: "200",
      responseParameters: { "method.response.header.my-header": true },
      responseModels: { "application/json": "Empty" },
    });
    expect(response).toEqual({
      statusCode: "200",
      responseParameters: { "method.response.header.my-header": true },
      responseModels: { "application/json": "Empty" },
    });
    expect(cp.getMethod(ids).methodResponses).toEqual({ "200": response });
    expect(cp.getMethodResponse({ ...ids, statusCode: "200" })).toEqual(response);
  });

  it("refuses a status code outside [1-5]\\d\\d with ValidationException", () => {
    const { cp, ids } = setup();
    expectAwsError(
      () => cp.putMethodResponse({ ...ids, statusCode: "wrong" }),
      "ValidationException",
      "1 validation error detected: Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    );
  });

  it("answers 404 for an unknown status code, and refuses an unknown model", () => {
    const { cp, ids } = setup();
    expectAwsError(
      () => cp.getMethodResponse({ ...ids, statusCode: "404" }),
      "NotFoundException",
      "Invalid Response status code specified",
    );
    expectAwsError(
      () =>
        cp.putMethodResponse({ ...ids, statusCode: "200", responseModels: { "application/json": "Nope" } }),
      "BadRequestException",
      "Invalid model identifier specified: Nope",
    );
  });
});

describe("UpdateMethodResponse", () => {
  it("adds then removes a header and a model", () => {
    const { cp, ids, update } = setup();
    cp.putMethodResponse({ ...ids, statusCode: "200" });
    expect(
      update(
        "200",
        { op: "add", path: "/responseParameters/method.response.header.my-header", value: "true" },
        { op: "add", path: "/responseModels/application~1json", value: "Empty" },
      ),
    ).toEqual({
      statusCode: "200",
      responseParameters: { "method.response.header.my-header": true },
      responseModels: { "application/json": "Empty" },
    });
    expect(
      update(
        "200",
        { op: "remove", path: "/responseParameters/method.response.header.my-header" },
        { op: "remove", path: "/responseModels/application~1json" },
      ),
    ).toEqual({ statusCode: "200" });
  });

  it("answers AWS's messages for missing entries and wrong paths", () => {
    const { cp, ids, update } = setup();
    cp.putMethodResponse({ ...ids, statusCode: "200" });
    expectAwsError(
      () =>
        update("200", {
          op: "replace",
          path: "/responseParameters/method.response.header.my-header",
          value: "true",
        }),
      "NotFoundException",
      "Invalid parameter name specified",
    );
    expectAwsError(
      () => update("200", { op: "remove", path: "/responseModels/application~1json" }),
      "NotFoundException",
      "Content-Type specified was not found",
    );
    expectAwsError(
      () => update("200", { op: "add", path: "/wrong/method.response.header.my-header", value: "true" }),
      "BadRequestException",
      "Invalid patch path /wrong/method.response.header.my-header",
    );
    expectAwsError(() => update("201"), "NotFoundException", "Invalid Response status code specified");
  });

  it("reports an unknown op and a malformed status code in one ValidationException", () => {
    const { update } = setup();
    expectAwsError(
      () => update("wrong", { op: "wrong_op" as "add", path: "/responseModels/application~1json" }),
      "ValidationException",
      "2 validation errors detected: Value 'wrong_op' at 'updateMethodResponseInput.patchOperations.1.member.op' failed to satisfy constraint: Member must satisfy enum value set: [add, remove, move, test, replace, copy]; Value 'wrong' at 'statusCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [1-5]\\d\\d",
    );
  });
});

describe("DeleteMethodResponse", () => {
  it("removes the response; deleting it again is a 404", () => {
    const { cp, ids } = setup();
    cp.putMethodResponse({ ...ids, statusCode: "200" });
    cp.deleteMethodResponse({ ...ids, statusCode: "200" });
    expect(cp.getMethod(ids)).not.toHaveProperty("methodResponses");
    expectAwsError(
      () => cp.deleteMethodResponse({ ...ids, statusCode: "200" }),
      "NotFoundException",
      "Invalid Response status code specified",
    );
  });
});
