import { describe, expect, it } from "vitest";
import { toFormErrors } from "@/app/_components/workbench/traffic/to-form-errors";

const credentials = [
  { id: "a", weight: "1", header: "x-api-key" as const, value: "k" },
  { id: "b", weight: "1", header: "Authorization" as const, value: "t" },
];

describe("toFormErrors", () => {
  it("puts the route's zod paths on the form's fields, first message as a sentence", () => {
    expect(
      toFormErrors(
        {
          requests: ["must be at most 5000", "ignored"],
          "pattern.ratePerSecond": ["must be at least 0.01 requests per second"],
          "credentials.1.weight": ["must be more than 0"],
          "credentials.0.headers.x-api-key": ["must not contain line breaks"],
          "headers.bad name": ["must be an HTTP header name"],
        },
        credentials,
      ),
    ).toEqual({
      requests: "Must be at most 5000.",
      ratePerSecond: "Must be at least 0.01 requests per second.",
      "credential-b-weight": "Must be more than 0.",
      "credential-a-value": "Must not contain line breaks.",
      headers: "Must be an HTTP header name.",
    });
  });

  it("leaves out paths the form has no field for", () => {
    expect(
      toFormErrors({ "": ["bad"], "pattern.kind": ["x"], "credentials.9.weight": ["x"] }, credentials),
    ).toEqual({});
    expect(toFormErrors(undefined, credentials)).toEqual({});
  });
});
