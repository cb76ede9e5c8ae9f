import { describe, expect, it } from "vitest";
import {
  newVariableRow,
  toVariableRows,
  toVariables,
} from "@/app/_components/workbench/lambda/environment-variables";
import { regionOfArn, toIntegrationUri } from "@/app/_components/workbench/lambda/lambda-types";

describe("environment variables", () => {
  it("round-trips Lambda's Variables map, skipping rows without a key", () => {
    const rows = [...toVariableRows({ TABLE_NAME: "items", STAGE: "dev" }), newVariableRow("", "ignored")];
    expect(toVariables(rows)).toEqual({ TABLE_NAME: "items", STAGE: "dev" });
  });

  it("refuses keys Lambda refuses and keys given twice", () => {
    expect(() => toVariables([newVariableRow("1ABC", "x")])).toThrow(/start with a letter/);
    expect(() => toVariables([newVariableRow("A", "x")])).toThrow(/2 characters/);
    expect(() => toVariables([newVariableRow("MY-VAR", "x")])).toThrow(RangeError);
    expect(() => toVariables([newVariableRow("AB", "1"), newVariableRow("AB", "2")])).toThrow(/twice/);
  });
});

describe("the Lambda integration URI", () => {
  it("wraps the function ARN in API Gateway's path for Lambda's Invoke action, in the function's Region", () => {
    const arn = "arn:aws:lambda:eu-west-1:123456789012:function:hello";
    expect(regionOfArn(arn)).toBe("eu-west-1");
    expect(toIntegrationUri(arn)).toBe(
      "arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:hello/invocations",
    );
  });
});
