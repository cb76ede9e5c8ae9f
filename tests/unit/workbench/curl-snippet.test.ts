import { describe, expect, it } from "vitest";
import { shellQuote, toCurlSnippet, toInvokeUrl } from "@/app/_components/workbench/apis/curl-snippet";

describe("toInvokeUrl", () => {
  it("joins the base, API id and stage with a trailing slash", () => {
    expect(toInvokeUrl("https://gatewise.test/execute-api", "a1b2c3", "dev")).toBe(
      "https://gatewise.test/execute-api/a1b2c3/dev/",
    );
    expect(toInvokeUrl("https://gatewise.test/execute-api/", "a1b2c3", "dev", "pets")).toBe(
      "https://gatewise.test/execute-api/a1b2c3/dev/pets",
    );
  });

  it("returns null when the sandbox runs in the browser", () => {
    expect(toInvokeUrl(null, "a1b2c3", "dev")).toBeNull();
  });
});

describe("toCurlSnippet", () => {
  it("quotes single quotes for a POSIX shell", () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
  });

  it("prints a GET by default and one option per line", () => {
    expect(toCurlSnippet({ url: "https://h/execute-api/a/dev/" })).toBe(
      "curl -i -X GET 'https://h/execute-api/a/dev/'",
    );
    expect(
      toCurlSnippet({ url: "https://h/x", method: "post", headers: { "x-api-key": "k" }, body: '{"a":1}' }),
    ).toBe("curl -i -X POST 'https://h/x' \\\n  -H 'x-api-key: k' \\\n  --data '{\"a\":1}'");
  });
});
