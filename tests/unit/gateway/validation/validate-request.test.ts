import { describe, expect, it } from "vitest";
import { validateRequest, type RequestValidationInput } from "@/lib/gateway/validation";
import { makeSnapshot } from "./make-snapshot";

const validators = [
  { id: "all", name: "body and params", validateRequestBody: true, validateRequestParameters: true },
  { id: "params", name: "params only", validateRequestBody: false, validateRequestParameters: true },
  { id: "body", name: "body only", validateRequestBody: true, validateRequestParameters: false },
];
const snapshot = makeSnapshot({ Pet: { type: "object", required: ["name"] } }, validators);
const method = {
  requestParameters: { "method.request.querystring.q": true },
  requestModels: { "application/json": "Pet" },
};

function run(overrides: Partial<RequestValidationInput> & { requestValidatorId?: string }) {
  return validateRequest({
    snapshot,
    method: { ...method, requestValidatorId: overrides.requestValidatorId },
    values: { headers: {}, querystring: {}, path: {} },
    contentType: "application/json",
    body: "{}",
    ...overrides,
  });
}

describe("validateRequest", () => {
  it("reports missing parameters before an invalid body", () => {
    expect(run({ requestValidatorId: "all" })).toEqual({
      outcome: "BAD_REQUEST_PARAMETERS",
      validatorName: "body and params",
      missing: ["q"],
      message: "Missing required request parameters: [q]",
    });
  });

  it("reports an invalid body once the parameters are present", () => {
    const values = { headers: {}, querystring: { q: "1" }, path: {} };
    expect(run({ requestValidatorId: "all", values })).toEqual({
      outcome: "BAD_REQUEST_BODY",
      validatorName: "body and params",
      modelName: "Pet",
      message: "Invalid request body",
      validationErrorString: '[object has missing required properties (["name"])]',
    });
  });

  it("checks only parameters with a parameters-only validator", () => {
    const values = { headers: {}, querystring: { q: "1" }, path: {} };
    expect(run({ requestValidatorId: "params", values })).toEqual({
      outcome: "VALID",
      validatorName: "params only",
    });
  });

  it("checks only the body with a body-only validator", () => {
    expect(run({ requestValidatorId: "body", body: '{"name":"x"}' })).toEqual({
      outcome: "VALID",
      validatorName: "body only",
      modelName: "Pet",
    });
  });

  it("skips body validation when no model matches the content type", () => {
    expect(run({ requestValidatorId: "body", contentType: "text/plain", body: "hello" })).toEqual({
      outcome: "VALID",
      validatorName: "body only",
    });
  });

  it("validates nothing without a request validator", () => {
    expect(run({})).toEqual({ outcome: "NOT_VALIDATED" });
    expect(run({ requestValidatorId: "" })).toEqual({ outcome: "NOT_VALIDATED" });
  });
});
