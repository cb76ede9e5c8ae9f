import { describe, expect, it } from "vitest";
import { MissingAuthenticationTokenError, type GatewayError } from "@/lib/gateway/errors";
import {
  ExpiredTokenError,
  IncompleteSignatureError,
  InvalidSecurityTokenError,
  InvalidSignatureError,
  SignatureDoesNotMatchError,
  verifySigV4Request,
  type SignableRequest,
} from "@/lib/gateway/iam";
import { createSandboxIam, HOST, NOW, REGION, signWithSdk, withHeader } from "./sigv4-test-helpers";

const { iam, clock, alice } = createSandboxIam();

async function rejection(request: SignableRequest, now = NOW): Promise<GatewayError> {
  const result = await verifySigV4Request(request, { region: REGION, now, credentials: iam });
  if (result.verified) throw new Error("expected the request to be rejected");
  return result.error;
}

const unsigned = (headers: [string, string][], query = ""): SignableRequest => ({
  method: "GET",
  path: "/prod/pets",
  query,
  headers: [["Host", HOST], ...headers],
  body: null,
});

const AUTH = (credential: string, signedHeaders = "host;x-amz-date", algorithm = "AWS4-HMAC-SHA256") =>
  `${algorithm} Credential=${credential}, SignedHeaders=${signedHeaders}, Signature=${"0".repeat(64)}`;
const DATE: [string, string] = ["X-Amz-Date", "20260115T103000Z"];

describe("SigV4 failures answer AWS's 403 messages", () => {
  it("returns 403 Missing Authentication Token for a request without any signature", async () => {
    const error = await rejection(unsigned([]));
    expect(error).toBeInstanceOf(MissingAuthenticationTokenError);
    expect([error.defaultStatus, error.errorType, error.gatewayMessage]).toEqual([
      403,
      "MissingAuthenticationTokenException",
      "Missing Authentication Token",
    ]);
  });

  it("returns IncompleteSignatureException listing every missing part for a bearer token", async () => {
    const error = await rejection(unsigned([["Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"]]));
    expect(error).toBeInstanceOf(IncompleteSignatureError);
    expect([error.defaultStatus, error.errorType, error.responseType]).toEqual([
      403,
      "IncompleteSignatureException",
      "INVALID_SIGNATURE",
    ]);
    expect(error.gatewayMessage).toBe(
      "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. " +
        "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either " +
        "a 'X-Amz-Date' or a 'Date' header. Authorization=Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig",
    );
  });

  it("names only the missing parameters when the date is present", async () => {
    const header = "AWS4-HMAC-SHA256 Credential=AKID/20260115/us-east-1/execute-api/aws4_request";
    const error = await rejection(unsigned([["Authorization", header], DATE]));
    expect(error.gatewayMessage).toBe(
      "Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. " +
        `Authorization=${header}`,
    );
  });

  it("lists missing presigned query parameters", async () => {
    const error = await rejection(
      unsigned([], "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20260115T103000Z"),
    );
    expect(error.gatewayMessage).toBe(
      "AWS query-string parameters must include 'X-Amz-Credential'. AWS query-string parameters must include " +
        "'X-Amz-Signature'. AWS query-string parameters must include 'X-Amz-SignedHeaders'. Re-examine the query-string parameters.",
    );
  });

  it("refuses a signature in both the header and the query string", async () => {
    const error = await rejection(
      unsigned([["Authorization", AUTH("AKID")]], "X-Amz-Algorithm=AWS4-HMAC-SHA256"),
    );
    expect(error).toBeInstanceOf(InvalidSignatureError);
    expect(error.gatewayMessage).toBe(
      "Found both 'X-Amz-Algorithm' as a query-string param and 'Authorization' as HTTP header.",
    );
  });

  it("refuses an X-Amz-Date that is not in ISO 8601 basic format", async () => {
    const error = await rejection(
      unsigned([
        ["Authorization", AUTH("AKID")],
        ["X-Amz-Date", "2026-01-15T10:30:00Z"],
      ]),
    );
    expect(error).toBeInstanceOf(IncompleteSignatureError);
    expect(error.gatewayMessage).toBe(
      "Date must be in ISO-8601 'basic format'. Got '2026-01-15T10:30:00Z'. See http://en.wikipedia.org/wiki/ISO_8601",
    );
  });

  it("returns Signature expired for a request signed more than 5 minutes ago", async () => {
    const request = await signWithSdk({ path: "/prod/pets" }, alice);
    const error = await rejection(request, NOW + 5 * 60_000 + 1000);
    expect([error.responseType, error.errorType]).toEqual(["INVALID_SIGNATURE", "InvalidSignatureException"]);
    expect(error.gatewayMessage).toBe(
      "Signature expired: 20260115T103000Z is now earlier than 20260115T103001Z (20260115T103501Z - 5 min.)",
    );
  });

  it("accepts a request signed exactly 5 minutes ago or 5 minutes ahead", async () => {
    const request = await signWithSdk({ path: "/prod/pets" }, alice);
    for (const now of [NOW + 5 * 60_000, NOW - 5 * 60_000]) {
      const result = await verifySigV4Request(request, { region: REGION, now, credentials: iam });
      expect(result.verified).toBe(true);
    }
  });

  it("returns Signature not yet current for a request signed more than 5 minutes ahead", async () => {
    const request = await signWithSdk({ path: "/prod/pets" }, alice);
    const error = await rejection(request, NOW - 5 * 60_000 - 1000);
    expect(error.gatewayMessage).toBe(
      "Signature not yet current: 20260115T103000Z is still later than 20260115T102959Z (20260115T102459Z + 5 min.)",
    );
  });

  it("requires host among the signed headers", async () => {
    const error = await rejection(unsigned([["Authorization", AUTH("AKID", "x-amz-date")], DATE]));
    expect(error.gatewayMessage).toBe(
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
  });

  it("refuses an algorithm other than AWS4-HMAC-SHA256", async () => {
    const error = await rejection(
      unsigned([["Authorization", AUTH("AKID", undefined, "AWS4-HMAC-SHA512")], DATE]),
    );
    expect(error).toBeInstanceOf(IncompleteSignatureError);
    expect(error.gatewayMessage).toBe(
      "Unsupported AWS 'algorithm': 'AWS4-HMAC-SHA512' (only AWS4-HMAC-SHA256 for now). ",
    );
  });

  it("refuses a credential without five elements", async () => {
    const error = await rejection(
      unsigned([["Authorization", AUTH("AKID/20260115/us-east-1/execute-api/")], DATE]),
    );
    expect(error.gatewayMessage).toBe(
      "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got 'AKID/20260115/us-east-1/execute-api'",
    );
  });

  it("reports every scope problem at once: region, service, terminator and date", async () => {
    const error = await rejection(
      unsigned([["Authorization", AUTH("AKID/20260114/eu-west-1/apigateway/aws4")], DATE]),
    );
    expect(error).toBeInstanceOf(InvalidSignatureError);
    expect(error.gatewayMessage).toBe(
      "Credential should be scoped to a valid region, not 'eu-west-1'. " +
        "Credential should be scoped to correct service: 'execute-api'. " +
        "Credential should be scoped with a valid terminator: 'aws4_request', not 'aws4'. " +
        "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20260114' != '20260115', from '20260115T103000Z'.",
    );
  });

  it("returns the service scope message for a request signed for apigateway", async () => {
    const error = await rejection(
      await signWithSdk({ path: "/prod/pets" }, alice, { service: "apigateway" }),
    );
    expect(error.gatewayMessage).toBe("Credential should be scoped to correct service: 'execute-api'. ");
  });
});

describe("credential problems", () => {
  const INVALID = "The security token included in the request is invalid.";

  it("returns the invalid security token message for an unknown access key", async () => {
    const error = await rejection(
      await signWithSdk({ path: "/prod/pets" }, { ...alice, accessKeyId: "AKIAUNKNOWN000000000" }),
    );
    expect(error).toBeInstanceOf(InvalidSecurityTokenError);
    expect([error.defaultStatus, error.errorType, error.responseType, error.gatewayMessage]).toEqual([
      403,
      "AccessDeniedException",
      "ACCESS_DENIED",
      INVALID,
    ]);
    expect(error.builtInBody).toBeUndefined();
  });

  it("treats an inactive access key as invalid", async () => {
    const { iam: own, alice: key } = createSandboxIam();
    own.updateAccessKey("alice", key.accessKeyId, "Inactive");
    const request = await signWithSdk({ path: "/prod/pets" }, key);
    const result = await verifySigV4Request(request, { region: REGION, now: NOW, credentials: own });
    expect(result.verified ? "" : result.error.gatewayMessage).toBe(INVALID);
  });

  it("treats a long-term key sent with a session token as invalid", async () => {
    const error = await rejection(
      await signWithSdk({ path: "/prod/pets" }, { ...alice, sessionToken: "stale" }),
    );
    expect(error.gatewayMessage).toBe(INVALID);
  });

  it("treats temporary credentials without their token, or with another, as invalid", async () => {
    const session = iam.getSessionToken(alice.accessKeyId);
    const signed = await signWithSdk({ path: "/prod/pets" }, session);
    const withoutToken = { ...signed, headers: signed.headers.filter(([n]) => n !== "x-amz-security-token") };
    expect((await rejection(withoutToken)).gatewayMessage).toBe(INVALID);
    const otherToken = await signWithSdk({ path: "/prod/pets" }, { ...session, sessionToken: "other" });
    expect((await rejection(otherToken)).gatewayMessage).toBe(INVALID);
  });

  it("returns 403 EXPIRED_TOKEN for temporary credentials past their expiration", async () => {
    const session = iam.getSessionToken(alice.accessKeyId, 900);
    const later = NOW + 900_000;
    const error = await rejection(
      await signWithSdk({ path: "/prod/pets" }, session, { signingDate: later }),
      later,
    );
    expect(error).toBeInstanceOf(ExpiredTokenError);
    expect([error.defaultStatus, error.responseType, error.errorType, error.gatewayMessage]).toEqual([
      403,
      "EXPIRED_TOKEN",
      "ExpiredTokenException",
      "The security token included in the request is expired",
    ]);
    expect(clock.now()).toBe(NOW);
  });

  it("treats temporary credentials of a deleted role as invalid", async () => {
    iam.createRole("temporary-role");
    const session = iam.assumeRole({ roleName: "temporary-role", roleSessionName: "s1" });
    iam.deleteRole("temporary-role");
    expect((await rejection(await signWithSdk({ path: "/prod/pets" }, session))).gatewayMessage).toBe(
      INVALID,
    );
  });
});

describe("a signature that does not match", () => {
  it("answers AWS's text followed by the canonical string and string to sign it expected", async () => {
    const signed = await signWithSdk({ path: "/prod/pets", query: { a: "1" } }, alice, {
      applyChecksum: false,
    });
    const error = await rejection(withHeader(signed, "x-amz-date", "20260115T103001Z"));
    expect(error).toBeInstanceOf(SignatureDoesNotMatchError);
    const { canonicalRequest, stringToSign } = error as SignatureDoesNotMatchError;
    expect(canonicalRequest).toBe(
      `GET\n/prod/pets\na=1\nhost:${HOST}\nx-amz-date:20260115T103001Z\n\nhost;x-amz-date\n` +
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    );
    expect(stringToSign.split("\n").slice(0, 3)).toEqual([
      "AWS4-HMAC-SHA256",
      "20260115T103001Z",
      "20260115/us-east-1/execute-api/aws4_request",
    ]);
    expect(error.gatewayMessage).toBe(
      "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key " +
        "and signing method. Consult the service documentation for details.\n\nThe Canonical String for this request " +
        `should have been\n'${canonicalRequest}'\n\nThe String-to-Sign should have been\n'${stringToSign}'\n`,
    );
    expect([error.responseType, error.errorType]).toEqual(["INVALID_SIGNATURE", "InvalidSignatureException"]);
  });
});
