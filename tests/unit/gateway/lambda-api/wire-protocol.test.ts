import { beforeEach, describe, expect, it } from "vitest";
import { handleLambdaRequest, toRequestTooLargeResponse } from "@/lib/gateway/lambda-api";
import { createLambdaApiHarness, ROLE, zipBase64, type LambdaApiHarness } from "./lambda-api-harness";

let h: LambdaApiHarness;
beforeEach(async () => {
  h = await createLambdaApiHarness();
});

function send(
  method: string,
  path: string,
  body: unknown = null,
  extra: { headers?: Record<string, string>; query?: Record<string, string> } = {},
) {
  return handleLambdaRequest(h.sandbox, {
    method,
    path,
    query: extra.query ?? {},
    headers: extra.headers ?? {},
    body: body === null ? null : typeof body === "string" ? body : JSON.stringify(body),
  });
}

const createBody = {
  FunctionName: "wire",
  Role: ROLE,
  Runtime: "nodejs20.x",
  Handler: "index.handler",
  Code: {
    ZipFile: zipBase64({
      "index.js": "exports.handler = async (e) => { if (e.fail) throw new Error('x'); return e; };",
    }),
  },
};

describe("Lambda's restJson1 protocol", () => {
  it("creates with POST /2015-03-31/functions: 201, JSON body, a configuration effect", async () => {
    const res = await send("POST", "/2015-03-31/functions", createBody);
    expect([res.statusCode, res.headers["content-type"], res.effect]).toEqual([
      201,
      "application/json",
      "configuration",
    ]);
    expect(JSON.parse(res.body)).toMatchObject({ FunctionName: "wire", State: "Pending" });
  });

  it("invokes with the raw body as payload and answers in X-Amz-* headers", async () => {
    await send("POST", "/2015-03-31/functions", createBody);
    const ok = await send("POST", "/2015-03-31/functions/wire/invocations", '{"a":1}', {
      headers: { "X-Amz-Log-Type": "Tail" },
    });
    expect([ok.statusCode, ok.body, ok.headers["X-Amz-Executed-Version"], ok.effect]).toEqual([
      200,
      '{"a":1}',
      "$LATEST",
      "invocation",
    ]);
    expect(Buffer.from(ok.headers["X-Amz-Log-Result"] ?? "", "base64").toString()).toMatch(
      /^START RequestId/,
    );
    const failed = await send("POST", "/2015-03-31/functions/wire/invocations", '{"fail":true}');
    expect([failed.statusCode, failed.headers["X-Amz-Function-Error"]]).toEqual([200, "Unhandled"]);
    const queued = await send("POST", "/2015-03-31/functions/wire/invocations", "{}", {
      headers: { "x-amz-invocation-type": "Event" },
    });
    expect([queued.statusCode, queued.body, queued.effect]).toEqual([202, "", "invocation"]);
    const dry = await send("POST", "/2015-03-31/functions/wire/invocations", "{}", {
      headers: { "X-Amz-Invocation-Type": "DryRun" },
    });
    expect([dry.statusCode, dry.effect]).toEqual([204, "none"]);
  });

  it("answers errors with x-amzn-ErrorType and {Type, message}", async () => {
    const res = await send("GET", "/2015-03-31/functions/missing");
    expect(res.statusCode).toBe(404);
    expect(res.headers["x-amzn-ErrorType"]).toBe("ResourceNotFoundException");
    expect(JSON.parse(res.body)).toEqual({
      Type: "User",
      message: "Function not found: arn:aws:lambda:us-east-1:123456789012:function:missing",
    });
    expect(res.effect).toBe("none");
    const validation = await send("POST", "/2015-03-31/functions", { ...createBody, Role: "x" });
    expect(Object.keys(JSON.parse(validation.body))).toEqual(["message"]);
  });

  it("reads a percent-encoded ARN label, the Qualifier and an integer MaxItems", async () => {
    await send("POST", "/2015-03-31/functions", createBody);
    const arn = encodeURIComponent("arn:aws:lambda:us-east-1:123456789012:function:wire");
    const res = await send("GET", `/2015-03-31/functions/${arn}/configuration`, null, {
      query: { Qualifier: "$LATEST" },
    });
    expect(JSON.parse(res.body).FunctionName).toBe("wire");
    const list = await send("GET", "/2015-03-31/functions/", null, { query: { MaxItems: "1" } });
    expect(JSON.parse(list.body).Functions).toHaveLength(1);
    const bad = await send("GET", "/2015-03-31/functions", null, { query: { MaxItems: "one" } });
    expect([bad.statusCode, bad.headers["x-amzn-ErrorType"]]).toEqual([400, "SerializationException"]);
  });

  it("serves the code, configuration and policy routes with their status codes", async () => {
    await send("POST", "/2015-03-31/functions", createBody);
    const code = await send("PUT", "/2015-03-31/functions/wire/code", {
      ZipFile: zipBase64({ "index.js": "exports.handler = async () => 2;" }),
    });
    const config = await send("PUT", "/2015-03-31/functions/wire/configuration", { Timeout: 5 });
    const added = await send("POST", "/2015-03-31/functions/wire/policy", {
      StatementId: "s1",
      Action: "lambda:InvokeFunction",
      Principal: "*",
    });
    const policy = await send("GET", "/2015-03-31/functions/wire/policy");
    const removed = await send("DELETE", "/2015-03-31/functions/wire/policy/s1");
    const deleted = await send("DELETE", "/2015-03-31/functions/wire");
    expect([code, config, added, policy, removed, deleted].map((r) => [r.statusCode, r.effect])).toEqual([
      [200, "configuration"],
      [200, "configuration"],
      [201, "configuration"],
      [200, "none"],
      [204, "configuration"],
      [204, "configuration"],
    ]);
    expect([removed.body, deleted.body]).toEqual(["", ""]);
  });

  it("answers 404 UnknownOperationException for an unserved route and 400 for a body that is not JSON", async () => {
    const unknown = await send("POST", "/2015-03-31/functions/wire/versions");
    expect([unknown.statusCode, unknown.headers["x-amzn-ErrorType"]]).toEqual([
      404,
      "UnknownOperationException",
    ]);
    const notJson = await send("POST", "/2015-03-31/functions", "{");
    expect([notJson.statusCode, JSON.parse(notJson.body)]).toEqual([
      400,
      { message: "The request body is not valid JSON" },
    ]);
  });

  it("answers 413 for a body over 69,905,067 bytes, naming the operation", async () => {
    const res = await send("PUT", "/2015-03-31/functions/wire/code", "x".repeat(69_905_068));
    expect([res.statusCode, res.headers["x-amzn-ErrorType"], JSON.parse(res.body).message]).toEqual([
      413,
      "RequestEntityTooLargeException",
      "Request must be smaller than 69905067 bytes for the UpdateFunctionCode operation",
    ]);
    const early = toRequestTooLargeResponse("POST", "/2015-03-31/functions");
    expect(JSON.parse(early.body).message).toBe(
      "Request must be smaller than 69905067 bytes for the CreateFunction operation",
    );
  });

  it("hides an internal failure behind a bare 500 ServiceException and reports it", async () => {
    const reported: unknown[] = [];
    const broken = {
      ...h.sandbox,
      listFunctions: () => {
        throw new Error("disk on fire");
      },
    };
    const res = await handleLambdaRequest(
      broken,
      { method: "GET", path: "/2015-03-31/functions", query: {}, headers: {}, body: null },
      { reportInternalError: (error) => reported.push(error) },
    );
    expect([res.statusCode, res.headers["x-amzn-ErrorType"], res.body]).toEqual([
      500,
      "ServiceException",
      '{"Type":"Service","message":"Internal server error"}',
    ]);
    expect(String(reported[0])).toBe("Error: disk on fire");
  });
});
