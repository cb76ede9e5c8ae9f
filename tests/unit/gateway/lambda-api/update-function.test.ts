import { beforeEach, describe, expect, it } from "vitest";
import {
  createLambdaApiHarness,
  sha256Base64,
  zipBase64,
  zipBytes,
  type LambdaApiHarness,
} from "./lambda-api-harness";

let h: LambdaApiHarness;
let created: Record<string, unknown>;
beforeEach(async () => {
  h = await createLambdaApiHarness();
  created = await h.create("fn", {
    "index.js": "exports.handler = async () => ({ v: 1, env: process.env.COLOR ?? null });",
    "other.mjs": "export const main = async () => ({ v: 'other' });",
  });
});

describe("UpdateFunctionCode", () => {
  it("deploys the new zip: the next Invoke runs it; size, hash, revision and LastModified change", async () => {
    expect((await h.invoke("fn")).Payload).toEqual({ v: 1, env: null });
    h.clock.advance(60_000);
    const zip = zipBytes({ "index.js": "exports.handler = async () => ({ v: 2 });" });
    const out = await h.call("UpdateFunctionCode", {
      FunctionName: "fn",
      ZipFile: Buffer.from(zip).toString("base64"),
    });
    expect(out).toMatchObject({
      CodeSize: zip.length,
      CodeSha256: sha256Base64(zip),
      LastModified: "2026-01-01T00:01:00.000+0000",
      State: "Active",
      LastUpdateStatus: "InProgress",
      LastUpdateStatusReasonCode: "Creating",
    });
    expect(out.RevisionId).not.toBe(created.RevisionId);
    expect((await h.invoke("fn")).Payload).toEqual({ v: 2 });
    expect(h.sandbox.lambdaRuntime!.stats("fn").coldStarts).toBe(2);
  });

  it("checks the package on DryRun and changes nothing", async () => {
    const out = await h.call("UpdateFunctionCode", {
      FunctionName: "fn",
      ZipFile: zipBase64({ "index.js": "exports.handler = async () => 'dry';" }),
      DryRun: true,
    });
    expect(out.RevisionId).toBe(created.RevisionId);
    expect((await h.invoke("fn")).Payload).toEqual({ v: 1, env: null });
    const bad = await h.fail("UpdateFunctionCode", { FunctionName: "fn", ZipFile: "AAAA", DryRun: true });
    expect(bad.name).toBe("InvalidParameterValueException");
  });

  it("answers 412 PreconditionFailedException for a stale RevisionId", async () => {
    const error = await h.fail("UpdateFunctionCode", {
      FunctionName: "fn",
      ZipFile: zipBase64({ "index.js": "" }),
      RevisionId: "00000000-0000-4000-8000-000000000000",
    });
    expect([error.name, error.statusCode]).toEqual(["PreconditionFailedException", 412]);
  });

  it("takes the workbench's top-level Source and refuses ZipFile and Source together", async () => {
    await h.call("UpdateFunctionCode", {
      FunctionName: "fn",
      Source: "exports.handler = async () => 'src';",
    });
    expect((await h.invoke("fn")).Payload).toBe("src");
    const both = await h.fail("UpdateFunctionCode", { FunctionName: "fn", Source: "x", ZipFile: "AAAA" });
    expect(both.message).toBe("Give either ZipFile or Source, not both.");
  });

  it("answers 404 for an unknown function and 413 for a base64 zip over the request limit", async () => {
    expect((await h.fail("UpdateFunctionCode", { FunctionName: "nope", ZipFile: "" })).statusCode).toBe(404);
    const error = await h.fail("UpdateFunctionCode", { FunctionName: "fn", ZipFile: "A".repeat(69_905_068) });
    expect(error.message).toBe(
      "Request must be smaller than 69905067 bytes for the UpdateFunctionCode operation",
    );
  });
});

describe("UpdateFunctionConfiguration", () => {
  it("changes only the members given, and the next Invoke sees the new environment", async () => {
    const out = await h.call("UpdateFunctionConfiguration", {
      FunctionName: "fn",
      Environment: { Variables: { COLOR: "blue" } },
      Timeout: 30,
      Description: "now blue",
    });
    expect(out).toMatchObject({
      Timeout: 30,
      MemorySize: 128,
      Description: "now blue",
      Environment: { Variables: { COLOR: "blue" } },
      LastUpdateStatus: "InProgress",
    });
    expect((await h.invoke("fn")).Payload).toEqual({ v: 1, env: "blue" });
  });

  it("removes every variable with an empty Environment", async () => {
    await h.call("UpdateFunctionConfiguration", {
      FunctionName: "fn",
      Environment: { Variables: { A: "1" } },
    });
    const out = await h.call("UpdateFunctionConfiguration", { FunctionName: "fn", Environment: {} });
    expect(out).not.toHaveProperty("Environment");
  });

  it("finds a new handler's file in the package it was given", async () => {
    await h.call("UpdateFunctionConfiguration", { FunctionName: "fn", Handler: "other.main" });
    expect((await h.invoke("fn")).Payload).toEqual({ v: "other" });
  });

  it("validates like CreateFunction and checks the RevisionId", async () => {
    const error = await h.fail("UpdateFunctionConfiguration", { FunctionName: "fn", MemorySize: 20_000 });
    expect(error.message).toBe(
      "1 validation error detected: Value '20000' at 'memorySize' failed to satisfy constraint: Member must have value less than or equal to 10240",
    );
    const runtime = await h.fail("UpdateFunctionConfiguration", { FunctionName: "fn", Runtime: "java21" });
    expect(runtime.name).toBe("InvalidParameterValueException");
    const stale = await h.fail("UpdateFunctionConfiguration", { FunctionName: "fn", RevisionId: "x" });
    expect(stale.name).toBe("PreconditionFailedException");
    const current = await h.call("UpdateFunctionConfiguration", {
      FunctionName: "fn",
      RevisionId: created.RevisionId,
    });
    expect(current.RevisionId).not.toBe(created.RevisionId);
  });

  it("keeps a function deployed outside the API running its code when the handler changes", async () => {
    h.sandbox.deployFunction({
      functionName: "inline",
      code: "exports.go = async () => 'inline';",
      handler: "index.go",
    });
    await h.call("UpdateFunctionConfiguration", { FunctionName: "inline", Handler: "main.go" });
    expect((await h.invoke("inline")).Payload).toBe("inline");
  });
});
