import { describe, expect, it } from "vitest";
import { validateRequest } from "@/lib/gateway/validation";
import golden from "./request-validation.golden.json";
import { makeSnapshot } from "./make-snapshot";

interface GoldenCase {
  id: string;
  source: string;
  method: { requestParameters?: Record<string, boolean>; requestModels?: Record<string, string> };
  request: {
    headers: Record<string, string>;
    querystring: Record<string, string>;
    path: Record<string, string>;
    body: string | null;
  };
  expect: { outcome: string; message?: string; validationErrorString?: string };
}

const snapshot = makeSnapshot(golden.models);

describe("request validation golden cases (AWS-recorded and documented)", () => {
  it.each(golden.cases as unknown as GoldenCase[])("$id answers as AWS does", (testCase) => {
    const contentType = Object.entries(testCase.request.headers).find(
      ([name]) => name.toLowerCase() === "content-type",
    )?.[1];
    const result = validateRequest({
      snapshot,
      method: { requestValidatorId: "v1", ...testCase.method },
      values: testCase.request,
      contentType,
      body: testCase.request.body,
    });
    expect(result.outcome).toBe(testCase.expect.outcome);
    if ("message" in result && testCase.expect.message !== undefined) {
      expect(result.message).toBe(testCase.expect.message);
    }
    if (testCase.expect.validationErrorString !== undefined) {
      expect(result).toMatchObject({ validationErrorString: testCase.expect.validationErrorString });
    }
  });
});
