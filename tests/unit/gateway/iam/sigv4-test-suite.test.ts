import { describe, expect, it } from "vitest";
import {
  SignatureDoesNotMatchError,
  verifySigV4Request,
  type CredentialResolver,
  type ResolvedCredential,
} from "@/lib/gateway/iam";
import golden from "./sigv4-test-suite.golden.json";

interface GoldenCase {
  name: string;
  service?: string;
  request: { method: string; path: string; query: string; headers: [string, string][] };
  signedHeaders: string;
  canonicalRequest: string;
  stringToSignHash: string;
  signature: string;
  sessionToken?: string;
}

const { config } = golden;
const NOW = Date.UTC(2015, 7, 30, 12, 36, 0);
const alice = {
  type: "User",
  accountId: "123456789012",
  arn: "arn:aws:iam::123456789012:user/alice",
  id: "AIDAEXAMPLE",
  userName: "alice",
} as const;

function resolverFor(testCase: GoldenCase): CredentialResolver {
  const credential: ResolvedCredential = testCase.sessionToken
    ? {
        accessKeyId: config.accessKeyId,
        secretAccessKey: config.secretAccessKey,
        kind: "temporary",
        status: "Active",
        sessionToken: testCase.sessionToken,
        issuedAt: NOW / 1000,
        expiration: NOW / 1000 + 3600,
        principal: alice,
      }
    : {
        accessKeyId: config.accessKeyId,
        secretAccessKey: config.secretAccessKey,
        kind: "long-term",
        status: "Active",
        principal: alice,
      };
  return { findCredential: (id) => (id === credential.accessKeyId ? credential : undefined) };
}

function signedRequest(testCase: GoldenCase, signature: string) {
  const service = testCase.service ?? config.service;
  const authorization =
    `AWS4-HMAC-SHA256 Credential=${config.accessKeyId}/20150830/${config.region}/${service}/aws4_request, ` +
    `SignedHeaders=${testCase.signedHeaders}, Signature=${signature}`;
  const { method, path, query, headers } = testCase.request;
  return {
    method,
    path,
    query,
    headers: [...headers, ["Authorization", authorization] as const],
    body: null,
  };
}

function optionsFor(testCase: GoldenCase) {
  return {
    region: config.region,
    service: testCase.service ?? config.service,
    now: NOW,
    credentials: resolverFor(testCase),
  };
}

describe("SigV4 verification against AWS's published vectors", () => {
  it.each(golden.cases as GoldenCase[])(
    "$name: accepts AWS's signature with AWS's canonical request",
    async (testCase) => {
      const result = await verifySigV4Request(
        signedRequest(testCase, testCase.signature),
        optionsFor(testCase),
      );
      if (!result.verified) throw result.error;
      const scope = `20150830/${config.region}/${testCase.service ?? config.service}/aws4_request`;
      expect(result.canonicalRequest).toBe(testCase.canonicalRequest);
      expect(result.stringToSign).toBe(
        `AWS4-HMAC-SHA256\n${config.requestTime}\n${scope}\n${testCase.stringToSignHash}`,
      );
    },
  );

  it.each(golden.cases as GoldenCase[])(
    "$name: rejects the signature with one character changed",
    async (testCase) => {
      const last = testCase.signature.at(-1) === "0" ? "1" : "0";
      const tampered = testCase.signature.slice(0, -1) + last;
      const result = await verifySigV4Request(signedRequest(testCase, tampered), optionsFor(testCase));
      expect(result.verified).toBe(false);
      const error = result.verified ? undefined : result.error;
      expect(error).toBeInstanceOf(SignatureDoesNotMatchError);
      expect((error as SignatureDoesNotMatchError).canonicalRequest).toBe(testCase.canonicalRequest);
    },
  );
});
