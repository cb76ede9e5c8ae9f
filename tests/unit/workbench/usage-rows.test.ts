import { describe, expect, it } from "vitest";
import { addDays, toUsageRows, utcDate } from "@/app/_components/workbench/keys/usage-rows";

describe("toUsageRows", () => {
  it("gives each [used, remaining] pair its UTC day, from the start date on, with the key's name", () => {
    const rows = toUsageRows(
      {
        usagePlanId: "p1",
        startDate: "2025-02-27",
        endDate: "2025-03-01",
        items: {
          k1: [
            [3, 97],
            [0, 97],
            [5, 92],
          ],
        },
      },
      new Map([["k1", "mobile"]]),
    );
    expect(rows).toEqual([
      { keyId: "k1", keyName: "mobile", date: "2025-02-27", used: 3, remaining: 97 },
      { keyId: "k1", keyName: "mobile", date: "2025-02-28", used: 0, remaining: 97 },
      { keyId: "k1", keyName: "mobile", date: "2025-03-01", used: 5, remaining: 92 },
    ]);
  });

  it("falls back to the key id when the key has no known name", () => {
    const rows = toUsageRows(
      { usagePlanId: "p1", startDate: "2025-01-01", endDate: "2025-01-01", items: { k9: [[1, 0]] } },
      new Map(),
    );
    expect(rows[0]?.keyName).toBe("k9");
  });
});

describe("dates", () => {
  it("adds days across month ends in UTC", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-01-01", -1)).toBe("2024-12-31");
    expect(utcDate(new Date(Date.UTC(2025, 2, 10, 23, 59)))).toBe("2025-03-10");
  });
});
