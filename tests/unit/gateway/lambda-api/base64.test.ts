import { describe, expect, it } from "vitest";
import { decodeBase64, encodeBase64, InvalidBase64Error } from "@/lib/gateway/lambda-api/base64";

describe("base64 for deployment packages", () => {
  it("decodes and encodes exactly as Node's Buffer does, with and without padding", () => {
    for (const length of [0, 1, 2, 3, 4, 5, 255, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 0xff);
      const text = Buffer.from(bytes).toString("base64");
      expect(encodeBase64(bytes)).toBe(text);
      expect(Buffer.from(decodeBase64(text)).equals(Buffer.from(bytes))).toBe(true);
      expect(Buffer.from(decodeBase64(text.replace(/=+$/, ""))).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it("ignores line breaks and refuses other characters", () => {
    expect(Buffer.from(decodeBase64("aGVs\nbG8=")).toString()).toBe("hello");
    expect(() => decodeBase64("aGVs*G8=")).toThrow(InvalidBase64Error);
    expect(() => decodeBase64("a")).toThrow(InvalidBase64Error);
  });

  it("decodes a 50 MB package in well under a second", () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const text = Buffer.from(bytes).toString("base64");
    const started = performance.now();
    const decoded = decodeBase64(text);
    const elapsed = performance.now() - started;
    expect(decoded.length).toBe(bytes.length);
    expect(decoded[12_345_678]).toBe(bytes[12_345_678]);
    console.info(`decodeBase64: 50 MB in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1500);
  });
});
