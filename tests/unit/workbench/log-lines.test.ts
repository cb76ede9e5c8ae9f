import { describe, expect, it } from "vitest";
import {
  filterLogLines,
  formatLogTime,
  readLogAnswer,
  toNewestFirst,
} from "@/app/_components/workbench/monitor/log-lines";

const lines = [
  { timestamp: 1000, message: "START RequestId: a" },
  { timestamp: 3000, message: "GET /pets 200", stream: "s1" },
  { timestamp: 3000, message: "GET /pets 429", stream: "s1" },
  { timestamp: 2000, message: "END RequestId: a" },
];

describe("toNewestFirst", () => {
  it("sorts by time descending, the later-written line first within a millisecond", () => {
    expect(toNewestFirst(lines).map((l) => l.message)).toEqual([
      "GET /pets 429",
      "GET /pets 200",
      "END RequestId: a",
      "START RequestId: a",
    ]);
  });
});

describe("filterLogLines", () => {
  it("keeps lines containing every word, in any case, stream included", () => {
    expect(filterLogLines(lines, "get 429").map((l) => l.message)).toEqual(["GET /pets 429"]);
    expect(filterLogLines(lines, "S1")).toHaveLength(2);
    expect(filterLogLines(lines, "  ")).toHaveLength(4);
  });
});

describe("readLogAnswer", () => {
  it("keeps well-formed lines and tolerates a missing list", () => {
    expect(readLogAnswer({ lines: [...lines, { timestamp: "x", message: 1 }] }).lines).toHaveLength(4);
    expect(readLogAnswer({})).toEqual({ lines: [] });
    expect(readLogAnswer(null)).toEqual({ lines: [] });
  });

  it("also reads the logs route's events, with the Lambda log stream and the group name", () => {
    const answer = {
      kind: "lambda",
      group: "/aws/lambda/hello",
      events: [{ timestamp: 5, message: "START", logStream: "2026/01/01/[$LATEST]abc" }],
    };
    expect(readLogAnswer(answer)).toEqual({
      group: "/aws/lambda/hello",
      lines: [{ timestamp: 5, message: "START", stream: "2026/01/01/[$LATEST]abc" }],
    });
  });
});

describe("formatLogTime", () => {
  it("shows local time to the millisecond", () => {
    const at = new Date(2026, 0, 1, 9, 5, 7, 42).getTime();
    expect(formatLogTime(at)).toBe("09:05:07.042");
  });
});
