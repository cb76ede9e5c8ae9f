import { md5Hex, md5OfUtf8 } from "@/lib/gateway/services";
import { describe, expect, it } from "vitest";

// RFC 1321 appendix A.5 test suite.
const RFC_1321_VECTORS: [string, string][] = [
  ["", "d41d8cd98f00b204e9800998ecf8427e"],
  ["a", "0cc175b9c0f1b6a831c399e269772661"],
  ["abc", "900150983cd24fb0d6963f7d28e17f72"],
  ["message digest", "f96b697d7cb7938d525a2f31aaf161d0"],
  ["abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"],
  ["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"],
  [
    "12345678901234567890123456789012345678901234567890123456789012345678901234567890",
    "57edf4a22be3c955ac49da2e2107b67a",
  ],
];

describe("md5", () => {
  it.each(RFC_1321_VECTORS)("digests %j as RFC 1321 lists", (text, digest) => {
    expect(md5OfUtf8(text)).toBe(digest);
  });

  it("digests bytes across the 56-byte padding boundary and multi-byte UTF-8", () => {
    expect(md5Hex(new Uint8Array(56))).toBe("e3c4dd21a9171fd39d208efa09bf7883");
    expect(md5OfUtf8("héllo wörld ✓")).toBe("aa0c8a307a4488bfe0cb56530da19bc3");
  });
});
