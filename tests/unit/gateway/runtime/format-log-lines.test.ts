import { describe, expect, it } from "vitest";
import {
  formatInitReportLine,
  formatLogStreamName,
  formatReportLine,
  toBilledDurationMs,
} from "@/lib/gateway/runtime/format-log-lines";
import { exceedsUtf8Bytes, utf8ByteLength } from "@/lib/gateway/runtime/utf8-byte-length";

describe("log line formats", () => {
  it("writes REPORT fields tab-separated, Init Duration and Status only when they apply", () => {
    const base = {
      requestId: "r",
      durationMs: 12.345,
      billedDurationMs: 13,
      memorySizeMb: 128,
      maxMemoryUsedMb: 20,
    };
    expect(formatReportLine(base)).toBe(
      "REPORT RequestId: r\tDuration: 12.35 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB",
    );
    expect(
      formatReportLine({ ...base, initDurationMs: 150, status: "error", errorType: "Runtime.ExitError" }),
    ).toBe(
      "REPORT RequestId: r\tDuration: 12.35 ms\tBilled Duration: 13 ms\tMemory Size: 128 MB\tMax Memory Used: 20 MB" +
        "\tInit Duration: 150.00 ms\tStatus: error\tError Type: Runtime.ExitError",
    );
  });

  it("writes INIT_REPORT for a failed Init", () => {
    expect(formatInitReportLine(87.5, "timeout")).toBe(
      "INIT_REPORT Init Duration: 87.50 ms\tPhase: init\tStatus: timeout",
    );
  });

  it("bills Init and Invoke together, rounded up, at least 1 ms", () => {
    expect(toBilledDurationMs(0)).toBe(1);
    expect(toBilledDurationMs(1049.63, 1293.83)).toBe(2344);
    expect(toBilledDurationMs(11236.65)).toBe(11237);
  });

  it("names log streams by date, version and a 32-hex id", () => {
    expect(formatLogStreamName(Date.UTC(2026, 10, 5), "0123456789abcdef0123456789abcdef")).toBe(
      "2026/11/05/[$LATEST]0123456789abcdef0123456789abcdef",
    );
  });
});

describe("utf8ByteLength", () => {
  it("counts UTF-8 bytes of ASCII, 2-byte, 3-byte and surrogate-pair characters", () => {
    for (const text of ["plain", "é", "€uro", "😀!", "a\u0800b", "\ud800 lone"]) {
      expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
    }
  });

  it("decides limits by length alone when it can", () => {
    expect(exceedsUtf8Bytes("abc", 2)).toBe(true);
    expect(exceedsUtf8Bytes("ééé", 9)).toBe(false);
    expect(exceedsUtf8Bytes("ééé", 5)).toBe(true);
  });
});
