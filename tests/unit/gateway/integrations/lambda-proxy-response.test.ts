import { describe, expect, it } from "vitest";
import { MalformedLambdaProxyResponseError } from "@/lib/gateway/errors";
import { toProxyMethodResponse } from "@/lib/gateway/integrations/lambda-proxy-response";

const textOnly = { isBinaryResponse: () => false };
const convert = (value: unknown, options = textOnly) => toProxyMethodResponse(JSON.stringify(value), options);
const header = (res: ReturnType<typeof convert>, name: string) =>
  res.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];

describe("Lambda proxy response (REST, REC table in spec 2.2)", () => {
  it("answers 200 with an empty body and Content-Type application/json for {statusCode: 200}", () => {
    const res = convert({ statusCode: 200 });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe("");
    expect(header(res, "content-type")).toBe("application/json");
  });

  it("stringifies non-string header values and accepts null headers", () => {
    const res = convert({ statusCode: 200, headers: { "test-header": "value", "header-bool": true } });
    expect(header(res, "test-header")).toBe("value");
    expect(header(res, "header-bool")).toBe("true");
    expect(convert({ statusCode: 200, headers: null }).statusCode).toBe(200);
  });

  it("joins multiValueHeaders with ', ' and merges headers after them, keeping the first spelling", () => {
    expect(
      header(
        convert({ statusCode: 200, multiValueHeaders: { "test-multi": ["value1", "value2"] } }),
        "test-multi",
      ),
    ).toBe("value1, value2");
    const merged = convert({
      statusCode: 200,
      multiValueHeaders: { "tesT-Multi": ["value-multi"] },
      headers: { "test-multi": "value-solo" },
    });
    expect(merged.headers).toContainEqual(["tesT-Multi", "value-multi, value-solo"]);
  });

  it("accepts a numeric string status code and a response without statusCode", () => {
    expect(convert({ statusCode: "201" }).statusCode).toBe(201);
    const noStatus = convert({ headers: { "test-header": "value" } });
    expect(noStatus.statusCode).toBe(200);
    expect(noStatus.body).toBe("");
  });

  it("keeps a base64 body encoded when no binary media type matches, and decodes it when one does", () => {
    expect(convert({ statusCode: 200, body: "dGVzdC1kYXRh", isBase64Encoded: true }).body).toBe(
      "dGVzdC1kYXRh",
    );
    const binary = convert(
      { statusCode: 200, body: "dGVzdA==", isBase64Encoded: true },
      { isBinaryResponse: () => true },
    );
    expect(new TextDecoder().decode(binary.body as Uint8Array)).toBe("test");
  });

  it.each([
    ["an unknown top-level key", { statusCode: 200, wrongValue: "value" }],
    ["an empty object", {}],
    [
      "a multiValueHeaders value that is not a list",
      { statusCode: 200, multiValueHeaders: { "test-multi-invalid": "value1" } },
    ],
    ["a non-numeric status code", { statusCode: "test" }],
    ["status code 0", { statusCode: 0 }],
    ["a JSON string", "justAString"],
  ])("returns 502 for %s", (_why, value) => {
    expect(() => convert(value)).toThrow(MalformedLambdaProxyResponseError);
    try {
      convert(value);
    } catch (e) {
      const err = e as MalformedLambdaProxyResponseError;
      expect(err.defaultStatus).toBe(502);
      expect(err.builtInBody).toBe('{"message": "Internal server error"}');
      expect(err.builtInBody).toHaveLength(36);
    }
  });

  it("returns 502 for output that is not JSON at all", () => {
    expect(() => toProxyMethodResponse("not json", textOnly)).toThrow(MalformedLambdaProxyResponseError);
  });
});
