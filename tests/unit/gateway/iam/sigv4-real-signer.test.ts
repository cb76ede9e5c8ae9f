import { Sha256 } from "@aws-crypto/sha256-js";
import { SignatureV4 } from "@smithy/signature-v4";
import { describe, expect, it } from "vitest";
import {
  SignatureDoesNotMatchError,
  SIGNATURE_DOES_NOT_MATCH,
  verifySigV4Request,
  type SignableRequest,
} from "@/lib/gateway/iam";
import {
  createSandboxIam,
  HOST,
  NOW,
  presignWithSdk,
  REGION,
  signWithSdk,
  withHeader,
  type SdkRequest,
} from "./sigv4-test-helpers";

const { iam, alice } = createSandboxIam();
const verify = (request: SignableRequest, now = NOW) =>
  verifySigV4Request(request, { region: REGION, now, credentials: iam });

const PATHS = [
  "/prod",
  "/prod/",
  "/prod/pets",
  "/prod/pets/",
  "/prod/pets/a%20b",
  "/prod/files/a%2Fb%2Fc",
  "/prod/caf%C3%A9/%E2%9C%93",
  "/prod/a+b/c!d'e(f)*g",
  "/prod/tilde~dot.dash-under_score",
  "/prod/percent%7Eencoded%2Btilde",
  "/prod/%24%26%2C%3A%3B%3D%40",
  "/prod//double//slashes",
  "/prod/./dot/../segments",
];

const QUERIES: Record<string, string | string[]>[] = [
  { q: "pets" },
  { tag: ["b", "a", "c"] },
  { "a b": "c d", "key=eq": "v&w" },
  { flag: "" },
  { "\u1234": "\u00fc\u00e9", emoji: "\u{1F600}" },
  { sum: "1+1=2", reserved: "!*'()~" },
  { B: "upper", a: "lower", _: "under" },
];

const BODIES: Array<[string, string | Uint8Array]> = [
  ["JSON", JSON.stringify({ name: "Rex", tags: ["a", "b"] })],
  ["empty", ""],
  ["binary", Uint8Array.from({ length: 256 }, (_, i) => i)],
  ["UTF-8", "h\u00e9llo \u2603"],
];

describe("requests signed by the AWS SDK's SigV4 signer (service execute-api)", () => {
  it.each(PATHS)("accepts path %s", async (path) => {
    const result = await verify(await signWithSdk({ path }, alice));
    expect(result.verified).toBe(true);
  });

  it.each(QUERIES)("accepts query %j", async (query) => {
    const result = await verify(await signWithSdk({ path: "/prod/pets", query }, alice));
    expect(result.verified).toBe(true);
  });

  it.each(BODIES)("accepts a %s body, with and without X-Amz-Content-Sha256", async (_kind, body) => {
    const request: SdkRequest = {
      method: "POST",
      path: "/prod/pets",
      body,
      headers: { "content-type": "application/json" },
    };
    for (const applyChecksum of [true, false]) {
      const result = await verify(await signWithSdk(request, alice, { applyChecksum }));
      expect(result.verified).toBe(true);
    }
  });

  it("accepts extra signed headers with runs of spaces and ignores headers added after signing", async () => {
    const signed = await signWithSdk(
      { path: "/prod/pets", headers: { "x-custom": "a   b \t c", accept: "*/*" } },
      alice,
    );
    const request = { ...signed, headers: [...signed.headers, ["User-Agent", "curl/8.0"] as const] };
    const result = await verify(request);
    if (!result.verified) throw result.error;
    expect(result.canonicalRequest).toContain("\nx-custom:a b c\n");
  });

  it("accepts temporary credentials from GetSessionToken and AssumeRole with their session token", async () => {
    iam.createRole("reader");
    const sessions = [
      iam.getSessionToken(alice.accessKeyId),
      iam.assumeRole({ roleName: "reader", roleSessionName: "s1" }),
    ];
    for (const session of sessions) {
      const result = await verify(await signWithSdk({ path: "/prod/pets" }, session));
      if (!result.verified) throw result.error;
      expect(result.credential.kind).toBe("temporary");
    }
  });

  it("accepts a presigned URL within X-Amz-Expires and rejects it after", async () => {
    const presigned = await presignWithSdk({ path: "/prod/pets", query: { q: "1" } }, alice, 900);
    expect((await verify(presigned, NOW + 899_000)).verified).toBe(true);
    const late = await verify(presigned, NOW + 901_000);
    expect(late.verified ? "" : late.error.message).toBe(
      "Signature expired: 20260115T103000Z is now earlier than 20260115T103001Z (20260115T104501Z - 15 min.)",
    );
  });
});

describe("tampered requests", () => {
  const mismatch = async (request: SignableRequest) => {
    const result = await verify(request);
    expect(result.verified).toBe(false);
    if (result.verified) return;
    expect(result.error).toBeInstanceOf(SignatureDoesNotMatchError);
    expect(result.error.gatewayMessage?.startsWith(SIGNATURE_DOES_NOT_MATCH)).toBe(true);
  };

  it("rejects a changed path, query value, signed header or method", async () => {
    const signed = await signWithSdk(
      { path: "/prod/pets", query: { limit: "10" }, headers: { "x-tenant": "a" } },
      alice,
    );
    await mismatch({ ...signed, path: "/prod/pets/1" });
    await mismatch({ ...signed, query: "limit=11" });
    await mismatch(withHeader(signed, "x-tenant", "b"));
    await mismatch({ ...signed, method: "DELETE" });
  });

  it("rejects a changed body when the payload hash comes from the body", async () => {
    const signed = await signWithSdk({ method: "POST", path: "/prod/pets", body: '{"a":1}' }, alice, {
      applyChecksum: false,
    });
    await mismatch({ ...signed, body: new TextEncoder().encode('{"a":2}') });
  });

  it("rejects a changed X-Amz-Content-Sha256 header", async () => {
    const signed = await signWithSdk({ method: "POST", path: "/prod/pets", body: '{"a":1}' }, alice);
    await mismatch(withHeader(signed, "x-amz-content-sha256", "0".repeat(64)));
  });

  it("rejects a signature made with the wrong secret key", async () => {
    await mismatch(await signWithSdk({ path: "/prod/pets" }, { ...alice, secretAccessKey: "x".repeat(40) }));
  });
});

describe("a request dated by the HTTP Date header instead of X-Amz-Date", () => {
  it("is verified with the Date header's time in the string to sign", async () => {
    const date = "Thu, 15 Jan 2026 10:30:00 GMT";
    const canonicalRequest =
      `GET\n/prod/pets\n\ndate:${date}\nhost:${HOST}\n\ndate;host\n` +
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const hash = new Sha256();
    hash.update(canonicalRequest);
    const hex = Array.from(await hash.digest(), (b) => b.toString(16).padStart(2, "0")).join("");
    const stringToSign = `AWS4-HMAC-SHA256\n20260115T103000Z\n20260115/us-east-1/execute-api/aws4_request\n${hex}`;
    const sdk = new SignatureV4({
      service: "execute-api",
      region: REGION,
      credentials: alice,
      sha256: Sha256,
    });
    const signature = await sdk.sign(stringToSign, { signingDate: new Date(NOW) });
    const authorization = `AWS4-HMAC-SHA256 Credential=${alice.accessKeyId}/20260115/us-east-1/execute-api/aws4_request, SignedHeaders=date;host, Signature=${signature}`;
    const request: SignableRequest = {
      method: "GET",
      path: "/prod/pets",
      query: "",
      headers: [
        ["Host", HOST],
        ["Date", date],
        ["Authorization", authorization],
      ],
      body: null,
    };
    const result = await verify(request);
    if (!result.verified) throw result.error;
    expect([result.canonicalRequest, result.stringToSign]).toEqual([canonicalRequest, stringToSign]);
  });
});
