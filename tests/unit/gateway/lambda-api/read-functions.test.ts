import { beforeEach, describe, expect, it } from "vitest";
import { createGatewaySandbox } from "@/lib/gateway/create-gateway-sandbox";
import { runLambdaOperation } from "@/lib/gateway/lambda-api";
import { SeededRandom } from "@/lib/gateway/ports";
import {
  ARN_PREFIX,
  createLambdaApiHarness,
  ROLE,
  sha256Base64,
  type LambdaApiHarness,
} from "./lambda-api-harness";

const CODE = "exports.handler = async () => 'ok';";

let h: LambdaApiHarness;
beforeEach(async () => {
  h = await createLambdaApiHarness();
});

describe("GetFunction and GetFunctionConfiguration", () => {
  it("answers the configuration (Active, Successful), an S3 code location and the tags", async () => {
    const created = await h.create("hello", { "index.js": CODE }, { Tags: { team: "a" } });
    const out = await h.call("GetFunction", { FunctionName: "hello" });
    expect(out.Configuration).toMatchObject({
      FunctionName: "hello",
      RevisionId: created.RevisionId,
      State: "Active",
      LastUpdateStatus: "Successful",
    });
    expect(out.Code).toEqual({
      RepositoryType: "S3",
      Location:
        `https://awslambda-us-east-1-tasks.s3.us-east-1.amazonaws.com/snapshots/123456789012/hello-${String(created.RevisionId)}` +
        "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=600&X-Amz-SignedHeaders=host",
    });
    expect(out.Tags).toEqual({ team: "a" });
    const config = await h.call("GetFunctionConfiguration", { FunctionName: "hello" });
    expect(config).toEqual(out.Configuration);
  });

  it("finds a function by full ARN, partial ARN and name:$LATEST", async () => {
    await h.create("hello", { "index.js": CODE });
    for (const name of [`${ARN_PREFIX}hello`, "123456789012:function:hello", "hello:$LATEST"]) {
      expect((await h.call("GetFunctionConfiguration", { FunctionName: name })).FunctionName).toBe("hello");
    }
  });

  it("answers 404 with the ARN it looked for: unknown name, version, other account", async () => {
    await h.create("hello", { "index.js": CODE });
    const cases: Array<[Record<string, string>, string]> = [
      [{ FunctionName: "nope" }, `${ARN_PREFIX}nope`],
      [{ FunctionName: "hello", Qualifier: "3" }, `${ARN_PREFIX}hello:3`],
      [
        { FunctionName: "arn:aws:lambda:us-east-1:999999999999:function:hello" },
        "arn:aws:lambda:us-east-1:999999999999:function:hello",
      ],
    ];
    for (const [input, arn] of cases) {
      const error = await h.fail("GetFunction", input);
      expect([error.name, error.statusCode, error.message]).toEqual([
        "ResourceNotFoundException",
        404,
        `Function not found: ${arn}`,
      ]);
    }
  });

  it("refuses a qualifier that contradicts the one in the name", async () => {
    await h.create("hello", { "index.js": CODE });
    const error = await h.fail("GetFunction", { FunctionName: "hello:1", Qualifier: "2" });
    expect(error.message).toBe(
      "The derived qualifier from the function name does not match the specified qualifier.",
    );
  });

  it("describes a function deployed outside the Lambda API with defaults and the code's own hash", async () => {
    h.sandbox.deployFunction({ functionName: "legacy", code: CODE });
    const out = await h.call("GetFunctionConfiguration", { FunctionName: "legacy" });
    expect(out).toMatchObject({
      Role: "arn:aws:iam::123456789012:role/service-role/legacy-role",
      Handler: "index.handler",
      Runtime: "nodejs20.x",
      CodeSize: CODE.length,
      CodeSha256: sha256Base64(CODE),
      LastModified: "1970-01-01T00:00:00.000+0000",
    });
    expect(out.RevisionId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect((await h.call("GetFunctionConfiguration", { FunctionName: "legacy" })).RevisionId).toBe(
      out.RevisionId,
    );
  });
});

describe("ListFunctions", () => {
  beforeEach(async () => {
    for (const name of ["delta", "alpha", "charlie", "bravo", "echo"])
      h.sandbox.deployFunction({ functionName: name, code: CODE });
  });
  const names = (out: Record<string, unknown>) =>
    (out.Functions as Array<{ FunctionName: string }>).map((f) => f.FunctionName);

  it("lists by name without the state fields, and no NextMarker when all fit", async () => {
    const out = await h.call("ListFunctions", {});
    expect(names(out)).toEqual(["alpha", "bravo", "charlie", "delta", "echo"]);
    expect(out.NextMarker).toBeUndefined();
    expect((out.Functions as Array<Record<string, unknown>>)[0]).not.toHaveProperty("State");
  });

  it("pages with MaxItems and Marker, and a marker survives a deletion in between", async () => {
    const first = await h.call("ListFunctions", { MaxItems: 2 });
    expect(names(first)).toEqual(["alpha", "bravo"]);
    expect(first.NextMarker).toBe(Buffer.from("charlie").toString("base64"));
    h.sandbox.deleteFunction("charlie");
    const second = await h.call("ListFunctions", { MaxItems: 2, Marker: first.NextMarker });
    expect(names(second)).toEqual(["delta", "echo"]);
    expect(second.NextMarker).toBeUndefined();
  });

  it("answers at most 50 functions per page whatever MaxItems asks", async () => {
    for (let i = 0; i < 55; i++)
      h.sandbox.deployFunction({ functionName: `f${String(i).padStart(2, "0")}`, code: CODE });
    const out = await h.call("ListFunctions", { MaxItems: 1000 });
    expect((out.Functions as unknown[]).length).toBe(50);
    expect(typeof out.NextMarker).toBe("string");
  });

  it("refuses MaxItems outside 1-10,000 and a marker that is not one", async () => {
    expect((await h.fail("ListFunctions", { MaxItems: 0 })).message).toBe(
      "1 validation error detected: Value '0' at 'maxItems' failed to satisfy constraint: Member must have value greater than or equal to 1",
    );
    expect((await h.fail("ListFunctions", { MaxItems: 10_001 })).name).toBe("ValidationException");
    const marker = await h.fail("ListFunctions", { Marker: "%%%" });
    expect([marker.name, marker.message]).toEqual(["InvalidParameterValueException", "Invalid marker: %%%"]);
  });

  it("lists nothing for a MasterRegion (no Lambda@Edge replicas) and the same for FunctionVersion ALL", async () => {
    expect(
      names(await h.call("ListFunctions", { MasterRegion: "us-east-1", FunctionVersion: "ALL" })),
    ).toEqual([]);
    expect(names(await h.call("ListFunctions", { FunctionVersion: "ALL" }))).toHaveLength(5);
  });
});

describe("DeleteFunction", () => {
  it("removes the function, after which Get and Invoke answer 404", async () => {
    await h.create("gone", { "index.js": CODE });
    expect(await h.call("DeleteFunction", { FunctionName: "gone" })).toBeUndefined();
    expect((await h.fail("GetFunction", { FunctionName: "gone" })).name).toBe("ResourceNotFoundException");
    expect((await h.fail("Invoke", { FunctionName: "gone" })).name).toBe("ResourceNotFoundException");
    expect((await h.fail("DeleteFunction", { FunctionName: "gone" })).statusCode).toBe(404);
  });

  it("refuses an unknown operation name", async () => {
    const error = await h.fail("PublishVersion", {});
    expect([error.name, error.message]).toEqual([
      "UnknownOperationException",
      "Unknown Lambda operation: PublishVersion",
    ]);
  });
});

describe("a sandbox rebuilt from its exported state", () => {
  it("keeps the Lambda API's view: role, description, revision and policy", async () => {
    await h.create("kept", { "index.js": CODE }, { Role: ROLE, Description: "d" });
    await h.call("AddPermission", {
      FunctionName: "kept",
      StatementId: "s",
      Action: "lambda:InvokeFunction",
      Principal: "*",
    });
    const before = await h.call("GetFunctionConfiguration", { FunctionName: "kept" });
    const rebuilt = await createGatewaySandbox({
      clock: h.clock,
      random: new SeededRandom(1),
      state: h.sandbox.exportState(),
    });
    expect(await runLambdaOperation(rebuilt, "GetFunctionConfiguration", { FunctionName: "kept" })).toEqual(
      before,
    );
    expect(await runLambdaOperation(rebuilt, "GetPolicy", { FunctionName: "kept" })).toMatchObject({
      RevisionId: before.RevisionId,
    });
    rebuilt.dispose();
  });
});
