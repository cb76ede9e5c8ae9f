import { describe, expect, it } from "vitest";
import { toExecuteApiArn, toInvokePolicy } from "@/app/_components/workbench/iam/policy-templates";

const base = { region: "us-east-1", accountId: "123456789012", apiId: "a1b2c3", stage: "prod" };

describe("toExecuteApiArn", () => {
  it("writes apiId/stage/METHOD/path with the path's leading slash dropped", () => {
    expect(toExecuteApiArn({ ...base, method: "get", path: "/pets/{id}" })).toBe(
      "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/pets/{id}",
    );
  });

  it("ends a root call with /GET/ and keeps wildcards", () => {
    expect(toExecuteApiArn({ ...base, method: "GET", path: "/" })).toBe(
      "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/prod/GET/",
    );
    expect(toExecuteApiArn({ ...base, stage: "*", method: "*", path: "*" })).toBe(
      "arn:aws:execute-api:us-east-1:123456789012:a1b2c3/*/*/*",
    );
  });
});

describe("toInvokePolicy", () => {
  it("allows execute-api:Invoke on the given resources", () => {
    expect(JSON.parse(toInvokePolicy(["arn:x"]))).toEqual({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "execute-api:Invoke", Resource: "arn:x" }],
    });
    expect(JSON.parse(toInvokePolicy(["a", "b"])).Statement[0].Resource).toEqual(["a", "b"]);
  });
});
