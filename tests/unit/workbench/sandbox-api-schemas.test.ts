import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/errors";
import {
  createSandboxSchema,
  invokeSandboxSchema,
  logsQuerySchema,
  metricsQuerySchema,
} from "@/lib/workbench/sandbox-api-schemas";

const fieldsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : toFieldErrors(result.error as Parameters<typeof toFieldErrors>[0]);

describe("sandbox API schemas", () => {
  it("needs a name for an empty sandbox but not for an import", () => {
    expect(fieldsOf(createSandboxSchema.safeParse({}))).toEqual({ name: ["Give the sandbox a name."] });
    expect(createSandboxSchema.parse({ from: { format: "gatewise-sandbox" } })).toEqual({
      from: { format: "gatewise-sandbox" },
    });
    expect(createSandboxSchema.parse({ name: "x" })).toEqual({ name: "x", from: "empty" });
  });

  it("fills the invoke defaults and upper-cases the method", () => {
    expect(invokeSandboxSchema.parse({ restApiId: "abc123", stageName: "dev", method: "post" })).toEqual({
      restApiId: "abc123",
      stageName: "dev",
      method: "POST",
      path: "/",
      query: "",
      headers: {},
      bodyBase64: false,
    });
    expect(
      invokeSandboxSchema.parse({ restApiId: "a", stageName: "d", method: "GET", query: "?a=1" }).query,
    ).toBe("a=1");
  });

  it("accepts only CloudWatch's dimension levels for metrics", () => {
    expect(metricsQuerySchema.parse({ restApiId: "a", minutes: "15" }).minutes).toBe(15);
    expect(fieldsOf(metricsQuerySchema.safeParse({ restApiId: "a", stage: "dev", method: "GET" }))).toEqual({
      resource: ["Give method and resource together."],
    });
    expect(Object.keys(fieldsOf(metricsQuerySchema.safeParse({ restApiId: "a", minutes: "2000" })))).toEqual([
      "minutes",
    ]);
  });

  it("asks lambda logs for a function and stage logs for an API and stage", () => {
    expect(fieldsOf(logsQuerySchema.safeParse({ kind: "lambda" }))).toEqual({
      functionName: ["Lambda logs need functionName."],
    });
    expect(logsQuerySchema.parse({ kind: "execution", restApiId: "a", stage: "dev" }).limit).toBe(200);
    expect(fieldsOf(logsQuerySchema.safeParse({ kind: "metrics" }))).toEqual({
      kind: ["kind is access, execution or lambda."],
    });
  });
});
