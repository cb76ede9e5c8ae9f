import { describe, expect, it } from "vitest";
import { selectRequestModel, toMediaType } from "@/lib/gateway/validation";

describe("selectRequestModel", () => {
  const models = { "application/json": "Pet", "text/plain": "Text" };

  it("selects the model of the request's MIME type, ignoring parameters and case", () => {
    expect(selectRequestModel(models, "Application/JSON; charset=utf-8")).toBe("Pet");
    expect(selectRequestModel(models, "text/plain")).toBe("Text");
  });

  it("treats a request without Content-Type as application/json", () => {
    expect(selectRequestModel(models, undefined)).toBe("Pet");
  });

  it("falls back to the $default model when no content type matches", () => {
    expect(selectRequestModel({ ...models, $default: "Any" }, "application/xml")).toBe("Any");
  });

  it("selects nothing (no body validation) when neither the type nor $default has a model", () => {
    expect(selectRequestModel(models, "application/xml")).toBeUndefined();
    expect(selectRequestModel(undefined, "application/json")).toBeUndefined();
  });

  it("reduces a Content-Type header to its MIME type", () => {
    expect(toMediaType(" text/HTML ;q=1")).toBe("text/html");
    expect(toMediaType("")).toBe("application/json");
  });
});
