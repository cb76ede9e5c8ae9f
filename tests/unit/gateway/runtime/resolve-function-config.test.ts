import { describe, expect, it } from "vitest";
import { InvalidParameterValueError } from "@/lib/gateway/runtime";
import { resolveFunctionConfig } from "@/lib/gateway/runtime/resolve-function-config";

const here = { region: "us-east-1", accountId: "123456789012" };
const resolve = (code: string, extra = {}) =>
  resolveFunctionConfig({ functionName: "f", code, ...extra }, here);

describe("resolveFunctionConfig", () => {
  it.each([
    ["export const handler = async () => 1;", "esm"],
    ["import x from 'y';\nexports.handler = x;", "esm"],
    ["const a = 1; export { a as handler };", "esm"],
    ["function f() {}\nexport default f;", "esm"],
    ["exports.handler = async () => import('x');", "commonjs"],
    ["module.exports.handler = (e) => e; // export handler", "commonjs"],
    ["const important = 1; exports.handler = () => important;", "commonjs"],
  ])("treats %j as %s", (code, format) => {
    expect(resolve(code).moduleFormat).toBe(format);
  });

  it("lets moduleFormat override the detection and names the file after it", () => {
    expect(resolve("exports.handler = 1;", { moduleFormat: "esm" })).toMatchObject({
      moduleFormat: "esm",
      fileName: "/var/task/index.mjs",
    });
    expect(resolve("export const handler = 1;", { handler: "src.main" }).fileName).toBe("/var/task/src.mjs");
  });

  it("splits the handler into its file and export path", () => {
    expect(resolve("", { handler: "app.routes.get" })).toMatchObject({
      moduleName: "app",
      handlerPath: ["routes", "get"],
    });
    expect(resolve("", { handler: "index" })).toMatchObject({ moduleName: "index", handlerPath: [] });
  });

  it("rejects a function name Lambda would refuse", () => {
    expect(() => resolveFunctionConfig({ functionName: "my function", code: "" }, here)).toThrow(
      InvalidParameterValueError,
    );
    expect(() => resolveFunctionConfig({ functionName: "a".repeat(65), code: "" }, here)).toThrow(
      /functionName/,
    );
  });

  it("rejects an unsupported runtime", () => {
    expect(() => resolve("", { runtime: "python3.12" })).toThrow(
      "The runtime parameter of python3.12 is not supported by this simulator.",
    );
  });

  it("rejects a fractional timeout", () => {
    expect(() => resolve("", { timeout: 2.5 })).toThrow("Member must have value that is an integer");
  });
});
