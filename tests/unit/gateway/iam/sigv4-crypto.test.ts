import { describe, expect, it } from "vitest";
import { getSigningKey } from "@/lib/gateway/iam/get-signing-key";
import { deriveSigningKey, sha256Hex, signHmacSha256, toHex } from "@/lib/gateway/iam/sigv4-crypto";

const SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
const STRING_TO_SIGN =
  "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/iam/aws4_request\n" +
  "f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59";

describe("SigV4 key derivation through WebCrypto (AWS documentation example)", () => {
  it("derives the documented signing key for 20150830/us-east-1/iam", async () => {
    expect(toHex(await deriveSigningKey(SECRET, "20150830", "us-east-1", "iam"))).toBe(
      "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9",
    );
  });

  it("signs the documented string to sign with the cached key to the documented signature", async () => {
    const key = await getSigningKey(SECRET, "20150830", "us-east-1", "iam");
    expect(await getSigningKey(SECRET, "20150830", "us-east-1", "iam")).toBe(key);
    expect(toHex(await signHmacSha256(key, STRING_TO_SIGN))).toBe(
      "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7",
    );
  });

  it("hashes the empty payload to SigV4's well-known value", async () => {
    expect(await sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
