import { describe, expect, it } from "vitest";
import {
  decodeBase64Url,
  decodeJwt,
  describeTimeClaim,
} from "@/app/_components/workbench/cognito/decode-jwt";

function toBase64Url(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

describe("decodeJwt", () => {
  it("reads the header and the payload as JSON, ignoring the signature", () => {
    const payload = { sub: "1b2c", "cognito:username": "zoë", token_use: "id", exp: 1741619000 };
    const token = `${toBase64Url({ alg: "RS256", kid: "k1" })}.${toBase64Url(payload)}.c2lnbmF0dXJl`;
    expect(decodeJwt(token)).toEqual({ header: { alg: "RS256", kid: "k1" }, payload });
  });

  it("decodes base64url's - and _ and restores the padding", () => {
    expect(decodeBase64Url(toBase64Url({ a: "?>>" }))).toBe('{"a":"?>>"}');
  });

  it("refuses what is not a three-part token", () => {
    expect(() => decodeJwt("abc.def")).toThrow(/three/);
  });
});

describe("describeTimeClaim", () => {
  it("shows epoch-second claims as ISO dates and nothing for others", () => {
    expect(describeTimeClaim("exp", 0)).toBe("1970-01-01T00:00:00.000Z");
    expect(describeTimeClaim("sub", 0)).toBeUndefined();
  });
});
