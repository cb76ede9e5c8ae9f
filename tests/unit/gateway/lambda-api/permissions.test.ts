import { beforeEach, describe, expect, it } from "vitest";
import { ARN_PREFIX, createLambdaApiHarness, type LambdaApiHarness } from "./lambda-api-harness";

const API_ARN = "arn:aws:execute-api:us-east-1:123456789012:abc123/*/GET/pets";
const grant = (extra: Record<string, unknown> = {}) => ({
  FunctionName: "fn",
  StatementId: "apigw-invoke",
  Action: "lambda:InvokeFunction",
  Principal: "apigateway.amazonaws.com",
  SourceArn: API_ARN,
  ...extra,
});

let h: LambdaApiHarness;
beforeEach(async () => {
  h = await createLambdaApiHarness();
  await h.create("fn", { "index.js": "exports.handler = async () => 1;" });
});

describe("AddPermission and GetPolicy", () => {
  it("answers 201 with the statement as JSON text, in Lambda's member order", async () => {
    const out = await h.call("AddPermission", grant());
    expect(out.Statement).toBe(
      JSON.stringify({
        Sid: "apigw-invoke",
        Effect: "Allow",
        Principal: { Service: "apigateway.amazonaws.com" },
        Action: "lambda:InvokeFunction",
        Resource: `${ARN_PREFIX}fn`,
        Condition: { ArnLike: { "AWS:SourceArn": API_ARN } },
      }),
    );
  });

  it("writes an account principal as its root ARN and SourceAccount as a StringEquals condition", async () => {
    const out = await h.call("AddPermission", {
      FunctionName: "fn",
      StatementId: "acct",
      Action: "lambda:*",
      Principal: "210987654321",
      SourceAccount: "123456789012",
    });
    expect(JSON.parse(String(out.Statement))).toEqual({
      Sid: "acct",
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::210987654321:root" },
      Action: "lambda:*",
      Resource: `${ARN_PREFIX}fn`,
      Condition: { StringEquals: { "AWS:SourceAccount": "123456789012" } },
    });
  });

  it("returns the whole policy with the function's RevisionId, which each change renews", async () => {
    const before = await h.call("GetFunctionConfiguration", { FunctionName: "fn" });
    await h.call("AddPermission", grant());
    await h.call("AddPermission", grant({ StatementId: "everyone", Principal: "*", SourceArn: undefined }));
    const out = await h.call("GetPolicy", { FunctionName: "fn" });
    const policy = JSON.parse(String(out.Policy));
    expect(policy).toMatchObject({ Version: "2012-10-17", Id: "default" });
    expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(["apigw-invoke", "everyone"]);
    expect(policy.Statement[1]).toEqual({
      Sid: "everyone",
      Effect: "Allow",
      Principal: "*",
      Action: "lambda:InvokeFunction",
      Resource: `${ARN_PREFIX}fn`,
    });
    const after = await h.call("GetFunctionConfiguration", { FunctionName: "fn" });
    expect(out.RevisionId).toBe(after.RevisionId);
    expect(after.RevisionId).not.toBe(before.RevisionId);
    expect(after.LastModified).toBe(before.LastModified);
  });

  it("answers 409 ResourceConflictException for a statement id already used", async () => {
    await h.call("AddPermission", grant());
    const error = await h.fail("AddPermission", grant());
    expect([error.name, error.statusCode, error.message]).toEqual([
      "ResourceConflictException",
      409,
      "The statement id (apigw-invoke) provided already exists. Please provide a new statement id, or remove the existing statement.",
    ]);
  });

  it("answers 404 'The resource you requested does not exist.' for a function without a policy", async () => {
    const error = await h.fail("GetPolicy", { FunctionName: "fn" });
    expect([error.name, error.statusCode, error.message]).toEqual([
      "ResourceNotFoundException",
      404,
      "The resource you requested does not exist.",
    ]);
  });

  it("lists every broken constraint of the grant", async () => {
    const error = await h.fail("AddPermission", {
      FunctionName: "fn",
      StatementId: "bad id",
      Action: "invoke",
    });
    expect(error.message).toBe(
      "3 validation errors detected: " +
        "Value 'bad id' at 'statementId' failed to satisfy constraint: Member must satisfy regular expression pattern: ([a-zA-Z0-9-_.]+); " +
        "Value 'invoke' at 'action' failed to satisfy constraint: Member must satisfy regular expression pattern: (lambda:[*]|lambda:[a-zA-Z]+|[*]); " +
        "Value null at 'principal' failed to satisfy constraint: Member must not be null",
    );
  });

  it("refuses a grant on $LATEST, and a stale RevisionId", async () => {
    expect((await h.fail("AddPermission", grant({ Qualifier: "$LATEST" }))).message).toBe(
      "We currently do not support adding policies for $LATEST.",
    );
    expect((await h.fail("AddPermission", grant({ RevisionId: "old" }))).statusCode).toBe(412);
  });

  it("answers PolicyLengthExceededException once the policy would pass 20 KB", async () => {
    let error: Error | undefined;
    for (let i = 0; i < 200 && !error; i++) {
      try {
        await h.call(
          "AddPermission",
          grant({ StatementId: `s${i}`, SourceArn: `${API_ARN}/${"x".repeat(60)}` }),
        );
      } catch (caught) {
        error = caught as Error;
      }
    }
    expect(error?.name).toBe("PolicyLengthExceededException");
    expect(error?.message).toMatch(/^The final policy size \((\d+)\) is bigger than the limit \(20480\)\.$/);
  });
});

describe("RemovePermission", () => {
  it("removes one statement; removing the last leaves no policy", async () => {
    await h.call("AddPermission", grant());
    await h.call("AddPermission", grant({ StatementId: "second" }));
    expect(
      await h.call("RemovePermission", { FunctionName: "fn", StatementId: "apigw-invoke" }),
    ).toBeUndefined();
    const policy = JSON.parse(String((await h.call("GetPolicy", { FunctionName: "fn" })).Policy));
    expect(policy.Statement.map((s: { Sid: string }) => s.Sid)).toEqual(["second"]);
    await h.call("RemovePermission", { FunctionName: "fn", StatementId: "second" });
    expect((await h.fail("GetPolicy", { FunctionName: "fn" })).statusCode).toBe(404);
  });

  it("answers 404 for a statement the policy does not hold, and for a function without a policy", async () => {
    expect((await h.fail("RemovePermission", { FunctionName: "fn", StatementId: "x" })).message).toBe(
      "No policy is associated with the given resource.",
    );
    await h.call("AddPermission", grant());
    expect((await h.fail("RemovePermission", { FunctionName: "fn", StatementId: "x" })).message).toBe(
      "Statement x is not found in resource policy.",
    );
  });
});
