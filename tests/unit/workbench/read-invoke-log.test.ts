import { describe, expect, it } from "vitest";
import {
  decodeLogResult,
  prettyPayload,
  readReport,
} from "@/app/_components/workbench/lambda/read-invoke-log";

function toBase64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

const LOG = [
  "START RequestId: r-1 Version: $LATEST",
  "2025-03-10T14:03:07.000Z\tr-1\tINFO\thé ✓",
  "END RequestId: r-1",
  "REPORT RequestId: r-1\tDuration: 1.52 ms\tBilled Duration: 2 ms\tMemory Size: 128 MB\tMax Memory Used: 2 MB\tInit Duration: 150.00 ms\t",
  "",
].join("\n");

describe("the invocation's log tail", () => {
  it("decodes LogResult from base64 as UTF-8", () => {
    expect(decodeLogResult(toBase64(LOG))).toBe(LOG);
    expect(decodeLogResult(undefined)).toBe("");
  });

  it("reads Duration apart from Billed Duration and Init Duration", () => {
    expect(readReport(LOG)).toEqual({
      durationMs: 1.52,
      billedDurationMs: 2,
      initDurationMs: 150,
      maxMemoryUsedMb: 2,
    });
  });

  it("reads nothing when the tail holds no REPORT line", () => {
    expect(readReport("START RequestId: r-1\n")).toEqual({});
  });
});

describe("prettyPayload", () => {
  it("indents JSON and leaves anything else as it is", () => {
    expect(prettyPayload('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyPayload("not json")).toBe("not json");
    expect(prettyPayload("")).toBe("");
  });
});
